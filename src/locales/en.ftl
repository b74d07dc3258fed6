# Caravan — English strings. Keys are shared by every channel.
error-generic = Sorry, something went wrong on our side. Please try again in a moment.

## Why a product is on the shortlist (src/core/matching/reasons.ts)
reason-terms = matches “{ $terms }”
reason-category = category: { $category }
reason-moq_ok = MOQ { $moq } fits your quantity
reason-moq_above = MOQ { $moq } is above your { $quantity }
reason-moq_unknown = MOQ not stated
reason-certs_ok = certified: { $certs }
reason-certs_missing = not certified: { $certs }
reason-ships_ok = ships to { $country }
reason-ships_no = does not list { $country } as an export market
reason-ships_unknown = export markets not stated
reason-price_ok = from { $from }/{ $per }, within your target { $target }
reason-price_near = from { $from }/{ $per }, slightly above your target { $target }
reason-price_above = from { $from }/{ $per }, above your target { $target }
reason-price_unknown = no indicative price to compare with { $target }
reason-lead_ok = lead time { $days } days, in time for { $deadline }
reason-lead_late = lead time { $days } days, but only { $daysLeft } days left before { $deadline }
reason-lead_unknown = lead time not stated
suggest-relax_certifications = No supplier in the catalog holds { $certs } for this product ({ $wouldMatch } would match without it). Would you accept suppliers without this certificate?
suggest-rephrase = I could not find a supplier for that. Could you describe the product differently (name, variety, use)?

## Clarifying questions about a sourcing request (src/core/extraction/clarify.ts)
clarify-product = What product are you looking for? A short description is enough, e.g. “organic argan oil”.
clarify-quantity = How much { $product } do you need? For example “2 t”, “5,000 L” or “1 x 40ft container”.
clarify-quantity-positive = The quantity has to be more than zero. How much { $product } do you need?
clarify-destination = Where should the { $product } be delivered? A city, port or country is enough.
clarify-multiple-products = You mentioned { $first } and { $others }. Shall I open a separate request for each? (yes / no)
clarify-conflicting-quantities = You mentioned both { $first } and { $second }. Which quantity do you need?
clarify-not-understood = Sorry, I did not catch that.
clarify-truncated = Your message was long, so I only read its beginning.

## Deals (src/core/deals): refusals, statuses, reasons and notices. Error keys: deal-error-<code>,
## or deal-error-<code>-<details.reason> when there is one (see src/core/deals/messages.ts).
deal-error-not_found = That conversation or quote no longer exists.
deal-error-forbidden = Sorry, this is not yours to act on.
deal-error-forbidden-not_linked = Link your Discord account to your company first: /link with the code Caravan gave you.
deal-error-forbidden-not_your_lead = This lead belongs to another company; only its linked members can answer it.
deal-error-forbidden-not_your_request = This request belongs to someone else.
deal-error-forbidden-unknown_buyer = Please send /start first so I know who you are.
deal-error-forbidden-under_review = Your account is being reviewed, so new introductions are paused. We will get back to you shortly.
deal-error-invalid_input = Please check: { $fields }
deal-error-illegal_transition = That is no longer possible: this conversation is { $status }.
deal-error-already_done = Already done: nothing changed.
deal-error-rate_limited = You have reached the limit of { $limit } introductions for today. Please try again tomorrow.
deal-error-rate_limited-open_requests = You already have { $open } open requests (the limit is { $limit }). Finish or cancel one first.
deal-error-conflict = Something changed in the meantime; please look at the latest version.
deal-error-conflict-superseded = The seller sent a newer version of this quote; please look at that one.
deal-error-conflict-already_accepted = You already accepted another quote for this request.
deal-status-proposed = sent
deal-status-delivered = delivered
deal-status-viewed = seen
deal-status-quoted = quoted
deal-status-accepted = accepted
deal-status-declined_by_buyer = closed by the buyer
deal-status-declined_by_seller = declined by the seller
deal-status-expired = expired without an answer
quote-status-active = current
quote-status-superseded = replaced by a newer version
quote-status-accepted = accepted
quote-status-declined = declined
quote-status-expired = expired
decline-reason-not_our_product = We do not make this product
decline-reason-quantity_too_small = The quantity is too small for us
decline-reason-quantity_too_large = The quantity is too large for us
decline-reason-price_too_low = The target price is too low
decline-reason-cannot_ship_there = We cannot ship to that destination
decline-reason-no_capacity = No capacity at the moment
decline-reason-deadline_too_short = The deadline is too short
decline-reason-other = Other reason
buyer-decline-reason-price = The price
buyer-decline-reason-terms = The terms
buyer-decline-reason-lead_time = The lead time
buyer-decline-reason-found_elsewhere = Found a supplier elsewhere
buyer-decline-reason-no_longer_needed = No longer needed
buyer-decline-reason-other = Other reason
buyer-decline-reason-accepted_other = The buyer chose another offer
deal-lead-reminder = Reminder: this lead has been waiting { $hours } hours. It closes on { $expiresAt } if it gets no answer.
deal-lead-expired = { $seller } did not answer in time, so I closed that conversation.
deal-next-match = Shall I introduce you to { $seller } ({ $title }) instead?
deal-lead-declined = { $seller } declined: { $reason }.
deal-lead-closed = The buyer closed this lead: { $reason }.
deal-lead-closed-expired = This lead expired without an answer.
deal-quote-accepted = Your quote v{ $version } was accepted.
deal-quote-expired = Your quote v{ $version } expired. Send a new version to keep the offer open.
deal-contact-offer-from-buyer = The buyer would like to exchange contact details.
deal-contact-offer-from-seller = { $seller } would like to exchange contact details.
deal-contacts = Contact details of { $name }: { $contact }
deal-compare-approximate = Prices converted at indicative exchange rates: approximate.
deal-compare-not-comparable = not comparable ({ $reason })

## Telegram buyer bot (src/channels/telegram)
tg-welcome = Welcome to Caravan! I connect you with exporters from Canada and Morocco. Just tell me what you need, e.g. “2 t organic argan oil CIF Rotterdam, max 15 EUR/kg”.
tg-help = Write what you need in one message: product, quantity, destination (price, incoterm, deadline and certificates help too). I make a request card, find suppliers and introduce you. Reply to a seller's message to answer them.
    /new – a new request
    /requests – your requests
    /threads – your conversations with sellers
    /quotes – compare quotes
    /language – English / Français
    /cancel – stop what we are doing
tg-new = Tell me what you are looking for: product, quantity and destination.
tg-cancelled = OK, stopped. Send a new request whenever you like.
tg-nothing-to-cancel = Nothing to cancel. Tell me what you need.
tg-card-title = Your request
tg-field-product = Product
tg-field-quantity = Quantity
tg-field-target = Target price
tg-field-incoterm = Incoterm
tg-field-destination = Destination
tg-field-deadline = Deadline
tg-field-certs = Certificates
tg-btn-search = 🔎 Search suppliers
tg-btn-edit = ✏️ Edit
tg-btn-cancel = ✖️ Cancel
tg-btn-introduce = 🤝 Introduce { $seller }
tg-btn-introduce-top = 🤝 Introduce top 3
tg-btn-accept = ✅ Accept
tg-btn-counter = 💬 Counter
tg-btn-ask = ❓ Ask
tg-btn-decline = ✖️ Decline
tg-btn-write = ✍️ Write to { $seller }
tg-edit-prompt = Send the corrected request in one message.
tg-request-cancelled = Request cancelled.
tg-searching = Searching suppliers…
tg-shortlist-title = Suppliers for { $product }:
tg-shortlist-empty = I found no supplier for that yet.
tg-btn-watch = 🔔 Tell me when a seller lists it
tg-watch-on = Noted: I will message you here as soon as a seller lists { $product } (for the next { $days } days).
tg-watch-on-unnamed = Noted: I will message you here as soon as a seller fits this request (for the next { $days } days).
tg-watch-hit = Good news: a seller now lists { $product }. Press the button to see who fits your request.
tg-watch-hit-unnamed = Good news: your request now finds suppliers. Press the button to see them.
tg-watch-expired = I watched the catalog for { $product } for { $days } days and no seller has listed it yet. Your request is kept: search again now, or let me keep watching.
tg-watch-expired-unnamed = I watched the catalog for { $days } days and no seller fits this request yet. Your request is kept: search again now, or let me keep watching.
tg-btn-watch-again = 🔔 Keep watching
tg-moq = MOQ
tg-price = Price
tg-lead-time = Lead time
tg-days = { $days } days
tg-certs = Certificates
tg-introduced = Done: I contacted { $sellers }. I will tell you as soon as they answer.
tg-stale = This card is out of date; nothing changed.
tg-already = Already done; nothing changed.
tg-quote-title = Quote v{ $version } from { $seller }
tg-quote-revised = (replaces v{ $previous })
tg-quote-unit-price = Unit price
tg-quote-valid = Valid until
tg-quote-payment = Payment
tg-quote-samples = Samples
tg-quote-notes = Notes
tg-seller-says = { $seller } writes:
tg-reply-hint = Reply to this message to answer.
tg-accepted = Accepted! I told { $seller }. Use /threads to keep talking about logistics.
tg-declined = Closed: I told { $seller } you declined.
tg-counter-prompt = Send your counter-offer: a target price (e.g. “12.5 EUR/kg”) and/or a quantity.
tg-counter-not-understood = I could not read a price or quantity. Try “12.5 EUR/kg” or “3 t”.
tg-counter-sent = Counter-offer sent to { $seller }.
tg-ask-prompt = Write your message to { $seller }.
tg-message-sent = Sent to { $seller }.
tg-threads-title = Your conversations:
tg-threads-empty = No conversations with sellers yet.
tg-requests-title = Your requests:
tg-requests-empty = No requests yet. Tell me what you need.
tg-quotes-empty = No quotes yet.
tg-quotes-title = Quotes for { $product }:
tg-quote-line = { $seller }: { $price } { $currency }/{ $unit }
tg-language-choose = Choose your language:
tg-language-set = Language: English.
tg-rate-limited = You are going a bit fast; please wait a few seconds.
tg-no-text = I read text messages only. Tell me what you need in words.
tg-lead-expired = { $seller } did not answer in time, so I closed that conversation.
tg-next-match = Shall I introduce { $seller } ({ $title }) instead?
tg-contact-offer = The seller of { $product } would like to exchange contact details with you.
tg-btn-share-contact = 📇 Share my contact
tg-contacts = Contact details of { $name }: { $contact }
tg-contact-shared = Done: your contact will be shared once both sides agree.

## Discord seller desk (src/channels/discord)
discord-error-generic = Sorry, something went wrong on our side. Please try again in a moment.
discord-error-unknown-action = That button is no longer valid.
discord-not-linked = Your Discord account is not linked to a company yet: use /link with the code Caravan gave you.
discord-link-linked = Linked: you now answer leads for { $seller }.
discord-link-already = You are already linked to { $seller }.
discord-link-other = You are linked to { $seller }. Use /unlink first to link another company.
discord-link-wrong-code = That code does not match any company. Check it and try again (codes look like CRV-ABCD-EFGH).
discord-link-rate-limited = Too many attempts. Please try again in { $minutes } minutes.
discord-unlink-done = Unlinked from { $seller }.
discord-language-set = Caravan now writes to you in English: answers, lead cards and thread posts.
discord-language-unknown = Pick one of the listed languages: { $languages }.
discord-profile = **{ $seller }** ({ $country }) · { $products ->
        [one] 1 product
       *[other] { $products } products
    } · { $members ->
        [one] 1 linked member
       *[other] { $members } linked members
    } · { $leads ->
        [one] 1 lead
       *[other] { $leads } leads
    } · response rate { $rate }
discord-leads-none = No open leads right now.
discord-leads-title = Your open leads ({ $count }):
discord-leads-line = • { $product } — { $status }, { $age } old, buyer from { $country }
discord-card-title = New lead
discord-card-quantity = Quantity
discord-card-target-price = Target price
discord-card-destination = Incoterm and destination
discord-card-deadline = Deadline
discord-card-certifications = Certifications
discord-card-required = required
discord-card-buyer = Buyer
discord-card-why = Why Caravan matched you
discord-card-status = Status
discord-card-quote = quote
discord-button-quote = Send quote
discord-button-revise = Revise quote
discord-button-ask = Ask a question
discord-button-decline = Decline
discord-button-reopen = Fix the quote
discord-quote-title = Send a quote
discord-quote-title-revise = Revise your quote
discord-quote-price = Unit price, currency and unit
discord-quote-price-hint = 13.20 EUR / kg
discord-quote-moq = Minimum order (MOQ) and unit
discord-quote-moq-hint = 500 kg
discord-quote-lead = Lead time in days
discord-quote-lead-hint = 21
discord-quote-terms = Incoterm and place
discord-quote-terms-hint = CIF Rotterdam
discord-quote-validity = Valid until (first line), then notes
discord-quote-validity-hint = 2027-02-28 then any notes on the next lines
discord-quote-invalid = Please check **{ $field }**: { $problem }. Your input is kept: press the button to fix it.
discord-quote-sent = Quote v{ $version } sent to the buyer.
discord-quote-revised = Revised quote v{ $version } sent to the buyer.
discord-ask-title = Ask the buyer
discord-ask-label = Your question
discord-ask-sent = Question sent to the buyer.
discord-decline-pick = Why are you declining this lead?
discord-decline-placeholder = Pick a reason
discord-decline-done = Lead declined: { $reason }. The buyer will be offered another supplier.
discord-decline-spam = 🚩 Report as spam
discord-decline-spam-hint = Closes the lead; Caravan reviews this buyer
discord-spam-reported = Thanks: the lead is closed and Caravan will review this buyer. They are not told who reported them.
discord-thread-buyer = **Buyer:** { $text }
discord-thread-counter = **Buyer counter-offer:** { $offer }
discord-thread-contact-offer = The buyer would like to exchange contact details.
# Why a lead was matched, from the seller's side (the shared reason-* say "your target" to the buyer).
discord-reason-moq_ok = your MOQ { $moq } fits the buyer's quantity
discord-reason-moq_above = your MOQ { $moq } is above the buyer's { $quantity }
discord-reason-price_ok = your price from { $from }/{ $per } is within the buyer's target { $target }
discord-reason-price_near = your price from { $from }/{ $per } is slightly above the buyer's target { $target }
discord-reason-price_above = your price from { $from }/{ $per } is above the buyer's target { $target }
tg-cmd-start = Welcome and how it works
tg-cmd-new = A new sourcing request
tg-cmd-requests = Your requests
tg-cmd-quotes = Compare quotes
tg-cmd-threads = Your conversations with sellers
tg-cmd-language = English / Français
tg-cmd-help = Help
tg-cmd-cancel = Stop what we are doing
tg-request-status-draft = incomplete
tg-request-status-ready = ready to search
tg-request-watching = 🔔 watching for a seller until { $date }
tg-request-status-matched = suppliers found
tg-request-status-introduced = sellers contacted
tg-request-status-closed = quote accepted
tg-request-status-cancelled = cancelled
tg-btn-more = ➕ More suppliers
tg-no-more = No other suppliers match this request for now.
tg-already-searched = This request already has its shortlist (above in this chat). Press More suppliers for other sellers, or /requests to see where it stands.
tg-btn-profile = 🏢 Tell sellers who you are (optional)
tg-btn-profile-edit = 🏢 Edit my company profile
tg-profile-ask-company = What is your company called? (Optional: /cancel skips this. Sellers see your company name only when you share your contact.)
tg-profile-bad-company = A company name needs 2 to 120 characters. What is your company called?
tg-profile-ask-type = What kind of buyer are you? Sellers see this with your country.
tg-profile-ask-country = Which country is your company based in? (e.g. Netherlands, NL or Rotterdam)
tg-profile-bad-country = I don't know “{ $answer }” as a country. Write its name (e.g. Netherlands) or its two-letter code (NL).
tg-profile-none = not set
tg-profile-saved = Saved: { $company } · { $type } · { $country }. Sellers see only “{ $type }, { $country }” until you share your contact. Now tell me what you need.
company-type-importer = Importer
company-type-distributor = Distributor
company-type-wholesaler = Wholesaler
company-type-retailer = Retailer
company-type-manufacturer = Manufacturer
company-type-other = Other
discord-relay-files-only = Files are not passed on: Caravan relays text only. Describe what the buyer needs to know, or paste a link to the file.
discord-relay-files-dropped = Your text reached the buyer; the attached files did not (Caravan relays text only). Paste a link if they need them.
quote-problem-number = must be a number
quote-problem-positive = must be more than 0
quote-problem-currency = must be a 3-letter currency code, e.g. EUR
quote-problem-unit = must be one of { $units }
quote-problem-days = must be a number of days
quote-problem-whole_days = must be whole days
quote-problem-days_range = must be between 0 and 730 days
quote-problem-incoterm = must be one of { $incoterms }
quote-problem-date = must be a date, YYYY-MM-DD
quote-problem-too_long = is too long
quote-problem-past = is in the past
quote-problem-price_format = write it as amount, currency and unit, e.g. 13.20 EUR / kg
quote-problem-moq_format = write it as amount and unit, e.g. 500 kg
quote-problem-date_format = write the date as YYYY-MM-DD
discord-button-contact = Share my contact
discord-contact-title = Share your contact with the buyer
discord-contact-label = How can the buyer reach you?
discord-contact-hint = Name, e-mail, phone or WhatsApp
discord-contact-invalid = A contact needs 5 to 200 characters with an e-mail address, a phone number, a website or an @handle, e.g. “Amina, sales@atlas-argan.ma, +212 6 12 34 56 78”. Press the button to try again.
discord-contact-offered = Noted. The buyer gets your contact once they agree to share theirs; until then they do not see it.
discord-contact-exchanged = Contacts exchanged: the buyer receives yours, and theirs is posted in this thread.
discord-contact-updated = Updated: the buyer will receive this contact once they agree too.
discord-contact-already-exchanged = You already exchanged contacts with this buyer.
tg-profile-ask-contact = Last, optional: how should a seller reach you once you choose to share your contact? (e-mail, phone or WhatsApp; /cancel skips it, your Telegram @username is shared anyway.)
tg-profile-bad-contact = A contact needs 5 to 200 characters with an e-mail address, a phone number, a website or an @handle, e.g. “Jan, jan@example.nl, +31 6 1234 5678”.

## dbfaults
quote-problem-too_large = is too large (at most 99,999,999,999,999)
## discord desk hardening
discord-relay-failed = Sorry, your message did not reach the buyer because of a problem on our side. Please send it again in a moment.
discord-busy-retry = Caravan is busy right now and could not open the form in time. Please press the button again.
## matching (shortlist reasons and honest no-fit answers)
reason-type_other = this is another product: { $kind }
reason-excluded = you ruled out: { $words }
suggest-no_fit-no_product = No seller in the catalog lists { $product } yet. The nearest products: { $near }.
suggest-no_fit-no_product-none = No seller in the catalog lists { $product } yet.
suggest-no_fit-no_product-alike = No seller in the catalog lists { $product } under that name. These match the rest of your request: { $near }.
suggest-no_fit-no_product-unnamed-alike = Nothing in our catalogs fits this request under that name. These match the rest of it: { $near }.
suggest-no_fit-no_certificate = No seller of { $product } in the catalog holds { $certs }. The nearest products, without it: { $near }.
suggest-no_fit-no_certificate-none = No seller of { $product } in the catalog holds { $certs }.
suggest-no_fit-no_product-unnamed = Nothing in our catalogs fits this request yet. The nearest products: { $near }.
suggest-no_fit-no_product-unnamed-none = Nothing in our catalogs fits this request yet.
suggest-no_fit-no_certificate-unnamed = Nothing in our catalogs fits this request: no product of this kind holds { $certs }. The nearest products, without it: { $near }.
suggest-no_fit-no_certificate-unnamed-none = Nothing in our catalogs fits this request: no product of this kind holds { $certs }.
reason-moq_ok_approx = MOQ { $moq } fits your { $quantity } (assuming { $assumption })
reason-moq_above_approx = MOQ { $moq } is above your { $quantity } (assuming { $assumption })
reason-pack_ok = pack of { $pack } suits your quantity
reason-pack_small = retail pack of { $pack } for a bulk order
reason-pack_large = pack of { $pack } is larger than your whole order
reason-pack_asked = in the pack you asked for: { $pack }
reason-pack_other = another pack than you asked for: { $pack }
## Request understanding: languages (src/core/extraction/languageSupport.ts)
language-unsupported = I can't read { $language } yet. Caravan understands { $languages }: please write your request in one of them.
language-fallback = I can't write in { $language } yet, so I'm replying in English.
## Buyer conversation (src/core/conversation), shared by Telegram and the playground
conv-already-introduced = You are already in touch with { $sellers }.
conv-btn-cancel-request = ✖️ Cancel “{ $request }”
conv-contact-already = You already exchanged contacts with { $seller }.
conv-contact-updated = Updated: { $seller } will receive this contact once they agree too.
conv-contacts-exchanged = Contacts exchanged: { $seller } receives yours, and theirs appears here.
conv-contact-pending = Done: your contact will be shared with { $seller } once they agree too. Until then they do not see it.
conv-language-en = English
conv-language-fr = Français

## Playground page (src/channels/playground): the buyer chat's own words
pg-page-title = Caravan playground
pg-page-intro = Play both sides: a buyer on the left (as in Telegram), a seller on the right (as in Discord). Everything goes through the real database.
pg-buyer-title = Buyer chat
pg-buyer-sub = Caravan bot, as a buyer sees it in Telegram
pg-chat-label = Buyer conversation
pg-message-label = Message
pg-message-placeholder = e.g. 2 tonnes of organic argan oil to Rotterdam
pg-send = Send
pg-compose-cancel = Cancel
pg-compose-reply = Replying to { $seller }
pg-compose-ask = Your question to { $seller }
pg-compose-counter = Counter-offer to { $seller }: a price (e.g. 16 EUR/kg) and/or a quantity
pg-compose-contact = Your contact for { $seller } (name, e-mail or phone); they see it only once they share theirs too
pg-hello = Hi! Tell me what you want to source, e.g. “2 tonnes of organic argan oil to Rotterdam”.
pg-loading-catalog = Loading the demo catalog (first start only)…
pg-actions = Actions
pg-language-label = Language
pg-error-generic = Something went wrong.
pg-error-unreadable = The server sent an unreadable answer.
pg-shortlist-title = Suppliers that fit
pg-btn-reply = Reply
pg-no-contact = { $seller } has no contact details on file; keep talking here with Reply.
pg-contacts-title = Contact details of { $seller }
pg-contact-offer = { $seller } would like to exchange contact details. Yours is sent only if you share it too.
pg-update = Update from { $seller }.
pg-seller-asks = { $seller } asks

## deals: a closed request (the issue-13 playground sequence)
deal-error-illegal_transition-request_closed = This request is closed: no more sellers can be introduced for it. Send /new to start another one.

## seller self-service catalog upload (Discord /catalog, the playground desk)
catalog-report-title = Catalog import of { $file } ({ $date })
catalog-report-counts = { $read } rows read: { $created } new, { $updated } updated, { $unchanged } unchanged, { $rejected } rejected.
catalog-report-empty = The file has no product rows.
catalog-report-rejected = Rejected rows (where — why), fix them and upload the file again:
catalog-report-warnings = Imported, but worth checking (where — what); fix them in your file when you can:
catalog-report-more = … and { $count } more.
catalog-report-file-error = Nothing was imported: { $reason }
catalog-report-file-broke-off = The file could not be read to the end: { $reason }. Rows before that point may have been imported; fix the file and upload it again (unchanged rows are skipped).
catalog-report-other-seller = the seller column says “{ $named }”, but you upload for { $seller }: you can only change your own products (delete that column, or write { $seller } in it)
# Why a catalog row was rejected (or what was changed in it), one code each. Column names are the file's own.
catalog-row-required-empty = { $column } is empty (it is required)
catalog-row-too-long = { $column } is longer than { $max } characters
catalog-row-not-a-number = { $column } must be a number (use . for decimals, no currency sign)
catalog-row-negative = { $column } must not be negative
catalog-row-too-large = { $column } is far too large (over { $max })
catalog-row-not-whole = { $column } must be a whole number
catalog-row-moq-zero = moq must be greater than 0 (leave it empty if there is no minimum)
catalog-row-price-min-above-max = price_min ({ $min }) is greater than price_max ({ $max })
catalog-row-unknown-unit = the unit “{ $value }” is unknown; use one of { $units }
catalog-row-bad-currency = the currency “{ $value }” is not a 3-letter ISO code (e.g. USD, EUR, CAD, MAD)
catalog-row-price-without-currency = a price is given without a currency
catalog-row-bad-country = { $column } “{ $value }” is not a 2-letter country code (e.g. CA, MA)
catalog-row-bad-ships-to = ships_to “{ $value }” is not a 2-letter country code or *
catalog-row-duplicate-sku = the sku “{ $sku }” appears twice for { $seller } (first on line { $firstLine })
catalog-row-field-count = the row has { $fields } fields but the header has { $expected } (a missing or extra comma or quote?)
catalog-row-invalid-utf8 = { $column } holds characters that are not valid UTF-8: retype its accented letters, or save the file as UTF-8
catalog-row-item-too-long = this item is { $chars } characters long; at most { $max } are read per product
catalog-row-item-not-json = this item is not valid JSON
catalog-row-item-not-object = each item must be an object with the catalog columns as keys
catalog-row-item-too-many-keys = this item has { $keys } keys; at most { $max } are read per product
catalog-row-row-too-long = this row is over { $max } characters (an unclosed quote?); the rest of the file was not read
catalog-row-csv-syntax = the CSV is malformed here, so the rest of the file was not read ({ $detail })
catalog-row-shopify-no-handle = Handle is empty: every Shopify row belongs to a product
catalog-row-shopify-orphan-handle = Handle “{ $handle }” continues a product whose first row (with its Title) is missing
catalog-row-woo-orphan-variation = variation of an unknown parent “{ $parent }” (the variable product must come first)
catalog-row-control-chars-removed = { $column }: { $count ->
    [one] removed { $count } invisible control character
   *[other] removed { $count } invisible control characters
}
catalog-row-description-truncated = description shortened from { $from } to { $to } characters
catalog-row-attributes-not-json = attributes is not a JSON object (e.g. {"{"}"grade":"extra virgin"{"}"}); kept as text under “details”
catalog-row-extra-columns-dropped = { $count ->
    [one] { $count } extra column not kept
   *[other] { $count } extra columns not kept
}: extra details are limited to { $max } characters
catalog-row-moq-without-unit = moq has no unit
catalog-row-formula-text = { $column } looks like a spreadsheet formula; stored as plain text
catalog-row-certification-only-in-text = the title or description names { $certification }, but the certifications column does not list it: add "{ $certification }" there if the product holds it, or buyers who require it will not find this product
# What is wrong with the whole file, and what the seller can change in it.
catalog-file-not-found = the file could not be found
catalog-file-not-a-file = this is not a file
catalog-file-empty = the file is empty
catalog-file-format-not-read = this spreadsheet format is not read: save it as .xlsx (or CSV UTF-8)
catalog-file-too-many-columns = the header row has { $columns } columns; at most { $max } are read (if it is a CSV, is the separator a comma?)
catalog-file-no-header = no header row found in the first { $rows } rows (the first row has: { $first }). One row must name the columns, at least the product code and its name: rename those headers in your sheet to names Caravan knows — { $examples } — and upload it again.
catalog-file-woo-needs-seller = this WooCommerce export names no seller
catalog-file-duplicate-column = the columns “{ $first }” and “{ $second }” both mean { $column }: rename or delete one of them in your sheet, and upload it again.
catalog-file-missing-columns = the required column { $columns } was not found (the header row has: { $header }). Rename that header in your sheet to a name Caravan knows — { $examples } — and upload it again.
catalog-file-header-too-long = the header row is over { $chars } characters; at most { $max } columns are read
catalog-file-header-unreadable = the header row cannot be read ({ $detail })
catalog-file-xlsx-unreadable = the spreadsheet cannot be read: open it and save it again as .xlsx ({ $detail })
catalog-file-no-sheet-named = there is no sheet named “{ $sheet }” (the workbook has: { $sheets })
catalog-file-no-sheet = the workbook has no sheet
catalog-file-json-not-array = the file is JSON but not a list of products: expected [ {"{"}…{"}"}, {"{"}…{"}"} ]
catalog-file-json-text-after-array = there is unexpected text after the closing ] on line { $line }
catalog-file-json-not-closed = the JSON list is not closed (is the file cut short?)
# Notes about a whole file that was imported, one code each (core/catalog/fileWarnings.ts).
catalog-warn-skipped-above-header = { $count ->
    [one] skipped 1 row above the header (line { $lines }): a title or notes
   *[other] skipped { $count } rows above the header (lines { $lines }): a title or notes
}
catalog-warn-shop-export = read as a { $format } products export
catalog-warn-shop-no-currency = { $format } exports name no currency, so the prices were left out: to list prices, send your catalog as a CSV with price and currency columns
catalog-warn-seller-column-used = the file has a seller column ({ $column }): each row must name your company or leave it empty
catalog-warn-unknown-columns = { $count ->
    [one] the column { $columns } is not one Caravan knows: kept as an extra detail of each product (if it is a price, a quantity or the like, rename its header)
   *[other] the columns { $columns } are not ones Caravan knows: kept as extra details of each product (if one is a price, a quantity or the like, rename its header)
}
catalog-warn-unknown-key = the key “{ $key }” is not one Caravan knows: kept as an extra detail of each product
catalog-warn-columns-renamed = columns read as: { $columns } (check each one is right)
catalog-warn-latin1 = the file is not UTF-8: it was read as Latin-1 (Windows-1252); save it as UTF-8 to be sure accents are right
catalog-warn-invalid-utf8-rows = the file is UTF-8 but some rows hold bytes that are not: those rows were refused, the rest was read
catalog-upload-too-big = That file is { $size } MB; the limit is { $limit } MB. Split the catalog into several files, or remove unused columns.
catalog-upload-wrong-type = “{ $file }” is not a catalog file Caravan reads. Send CSV (UTF-8), JSON (an array of products) or Excel .xlsx; a Shopify or WooCommerce product export (.csv) works too. For an .ods or .xls sheet, save it as .xlsx first.
catalog-upload-wrong-content = “{ $file }” does not hold what its name says ({ $type }): open it, save it again as { $type } and upload that file.
catalog-upload-empty = That file is empty.
catalog-upload-no-file = Attach your catalog file to /catalog upload (CSV, JSON, .xlsx or a shop export, up to { $limit } MB).
catalog-upload-download-failed = The file could not be downloaded. Please try again.
catalog-status = { $seller } has { $products ->
        [one] 1 product
       *[other] { $products } products
    } in Caravan.
catalog-status-no-import = No upload yet: send your catalog with /catalog upload (CSV, JSON, .xlsx or a shop export, up to { $limit } MB).
catalog-status-last = Last upload:
pg-desk-catalog = Your catalog
pg-desk-catalog-hint = Upload CSV, JSON, .xlsx or a Shopify/WooCommerce export (up to { $limit } MB). Products are added or updated for the seller you play; the file cannot name another seller.
pg-desk-catalog-file = Catalog file
pg-desk-catalog-upload = Upload
pg-desk-catalog-uploading = Importing…
# Playground seller desk (its labels, forms, announcements and errors)
pg-desk-title = Seller desk
pg-desk-sub = A seller's lead threads, as in Discord
pg-desk-play-label = Play as seller
pg-desk-play = Play this seller
pg-desk-pick-seller = Pick a demo seller to see its leads.
pg-desk-leads-title = Lead threads
pg-desk-lead-label = Selected lead
pg-desk-pick-seller-lead = Pick a seller, then a lead.
pg-desk-pick-lead = Pick a lead.
pg-desk-send-quote = Send quote
pg-desk-revise-quote = Revise quote
pg-desk-decline = Decline lead
pg-desk-share-contact = Share my contact
pg-desk-message-label = Message to the buyer
pg-desk-send = Send
pg-desk-ask = Ask as question
pg-desk-cancel = Cancel
pg-desk-quote-title = Send a quote
pg-desk-unit-price = Unit price
pg-desk-currency = Currency
pg-desk-per-unit = Per unit
pg-desk-moq = Minimum order
pg-desk-lead-time = Lead time (days)
pg-desk-incoterm = Incoterm
pg-desk-incoterm-place = Incoterm place
pg-desk-valid-until = Valid until
pg-desk-notes = Notes
pg-desk-decline-title = Decline this lead
pg-desk-reason = Reason
pg-desk-decline-note = Note to the buyer (optional)
pg-desk-contact-title = Share your contact with this buyer
pg-desk-contact-hint = The buyer sees it only once they share theirs too. It is saved as this seller's contact.
pg-desk-contact-label = Your contact (name, e-mail or phone)
pg-desk-author-seller = You
pg-desk-author-buyer = Buyer
pg-desk-author-system = Caravan
pg-desk-kind-question = question
pg-desk-kind-counter_offer = counter-offer
pg-desk-kind-quote = quote
pg-desk-kind-decision = decision
pg-desk-seller-option = { $seller } — products: { $count }
pg-desk-playing-as = You are answering as { $seller }.
pg-desk-now-playing = Playing { $seller }.
pg-desk-no-leads = No leads yet.
pg-desk-request = Request
pg-desk-thread = Thread
pg-desk-fact-quantity = Quantity
pg-desk-fact-destination = Destination
pg-desk-fact-incoterm = Incoterm
pg-desk-fact-target-price = Target price
pg-desk-fact-deadline = Needed by
pg-desk-fact-certifications = Certifications
pg-desk-fact-buyer = Buyer
pg-desk-fact-match = Matched product
pg-desk-fact-your-quote = Your quote
pg-desk-fact-contacts = Contacts
pg-desk-fact-buyer-contact = Buyer's contact
pg-desk-contact-none = none given
pg-desk-contacts-exchanged = exchanged
pg-desk-contacts-you-agreed = you agreed to share; waiting for the buyer
pg-desk-contacts-buyer-asks = the buyer would like to exchange contact details
pg-desk-quote-sent = Quote sent to the buyer.
pg-desk-spam-reported = Reported as spam: the lead is closed and Caravan will review this buyer.
pg-desk-declined = Lead declined; the buyer has been told.
pg-desk-contacts-done = Contacts exchanged with the buyer.
pg-desk-contact-pending = Your contact will be shared once the buyer agrees too.
pg-desk-news-lead = New lead.
pg-desk-news-buyer_message = New message from the buyer.
pg-desk-news-counter_offer = The buyer sent a counter-offer.
pg-desk-news-quote_accepted = The buyer accepted your quote.
pg-desk-news-lead_closed = The buyer closed a thread.
pg-desk-news-contact_offer = The buyer would like to exchange contact details.
pg-desk-news-contacts = Contacts exchanged: the buyer's contact is in the lead.
pg-desk-error-contact = Your contact is not valid ({ $problem }). Example: “Jane Doe, jane@example.com, +31 6 1234 5678”.
pg-desk-error-no-seller = Pick the seller you play first.
pg-desk-error-not-yours = That lead is not one of this seller's.
pg-desk-error-unknown-seller = That seller does not exist (any more). Pick another one.
pg-desk-error-other = That is not possible right now.
pg-error-check = Please check: { $problems }
## shortlist: the facts a buyer scans on each item (core/matching/renderFacts.ts)
fact-price-under = { $price }, under your { $target }
fact-price-partly = { $price }, the lower end under your { $target }
fact-price-near = { $price }, slightly above your { $target }
fact-price-above = { $price }, above your target of { $target }
fact-price-incomparable = { $price }, not comparable with your { $target }
fact-price-unknown = price not stated
fact-price-stated = price { $price }
fact-moq-fits = MOQ { $moq } fits your { $quantity }
fact-moq-above = MOQ { $moq }, above your { $quantity }
fact-moq-incomparable = MOQ { $moq }, not comparable with your { $quantity }
fact-moq-unknown = MOQ not stated
fact-moq-stated = MOQ { $moq }
fact-container = assuming { $count } × { $size } ft ≈ { $tons } t or { $litres } L of liquid
fact-pack = pack: { $pack }
fact-pack-small = pack: { $pack }, a retail pack for this quantity
fact-pack-large = pack: { $pack }, more than your whole order
fact-lead-before = { $days } days, before your { $deadline } deadline
fact-lead-after = { $days } days, after your deadline ({ $deadline })
fact-lead-unknown = lead time not stated
fact-lead-stated = lead time { $days } days
fact-certs-ok = certified { $certs }
fact-certs-missing = not certified { $certs } (holds: { $held })
fact-certs-held = certificates: { $certs }
fact-ships-ok = ships to { $country }
fact-ships-no = does not ship to { $country }
fact-ships-unknown = export markets not stated ({ $country }?)
pack-family-drum = drum
pack-family-ibc = IBC
pack-family-flexitank = flexitank
pack-family-bulk_bag = bulk bag
pack-family-jerrycan = jerrycan
pack-family-tin = tin
pack-family-pail = pail
pack-family-bag = bag
pack-family-bottle = bottle
pack-family-jar = jar
pack-family-carton = carton
unit-pcs = pcs
unit-carton = cartons
unit-pallet = pallets
unit-container20 = × 20 ft
unit-container40 = × 40 ft
per-pcs = pc
per-carton = carton
per-pallet = pallet
per-container20 = 20 ft container
per-container40 = 40 ft container

# Certificate names in the shortlist's fact lines (codes of core/model.ts CERTIFICATIONS)
cert-organic = organic
cert-eu-organic = EU organic
cert-usda-organic = USDA Organic
cert-ecocert = Ecocert
cert-halal = halal
cert-kosher = kosher
cert-fairtrade = Fairtrade
cert-iso-9001 = ISO 9001
cert-iso-22000 = ISO 22000
cert-haccp = HACCP
cert-brc = BRC
cert-ifs = IFS
cert-fda = FDA
cert-ce = CE
cert-gots = GOTS
cert-fsc = FSC
