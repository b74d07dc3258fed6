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
