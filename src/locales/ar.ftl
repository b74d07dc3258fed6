# Caravan — النصوص العربية. المفاتيح نفسها في كل القنوات.
error-generic = عذرًا، حدث خطأ من جهتنا. يرجى المحاولة بعد قليل.

## Why a product is on the shortlist (src/core/matching/reasons.ts)
reason-terms = يطابق “{ $terms }”
reason-category = الفئة: { $category }
reason-moq_ok = الحد الأدنى للطلب { $moq } يناسب كميتك
reason-moq_above = الحد الأدنى للطلب { $moq } أكبر من { $quantity } المطلوبة
reason-moq_unknown = الحد الأدنى للطلب غير مذكور
reason-certs_ok = حاصل على شهادة: { $certs }
reason-certs_missing = غير حاصل على شهادة: { $certs }
reason-ships_ok = يشحن إلى { $country }
reason-ships_no = لا يذكر { $country } ضمن أسواق التصدير
reason-ships_unknown = أسواق التصدير غير مذكورة
reason-price_ok = ابتداءً من { $from }/{ $per }، ضمن سعرك المستهدف { $target }
reason-price_near = ابتداءً من { $from }/{ $per }، أعلى قليلًا من سعرك المستهدف { $target }
reason-price_above = ابتداءً من { $from }/{ $per }، أعلى من سعرك المستهدف { $target }
reason-price_unknown = لا يوجد سعر تقريبي للمقارنة مع { $target }
reason-lead_ok = مدة التوريد { $days } يومًا، في الوقت المناسب قبل { $deadline }
reason-lead_late = مدة التوريد { $days } يومًا، لكن لم يبقَ سوى { $daysLeft } يومًا قبل { $deadline }
reason-lead_unknown = مدة التوريد غير مذكورة
suggest-relax_certifications = لا يوجد مورد في الكتالوج يحمل { $certs } لهذا المنتج ({ $wouldMatch } يطابقون بدونها). هل تقبل موردين بدون هذه الشهادة؟
suggest-rephrase = لم أجد موردًا لذلك. هل يمكنك وصف المنتج بطريقة أخرى (الاسم، الصنف، الاستخدام)؟

## Clarifying questions about a sourcing request (src/core/extraction/clarify.ts)
clarify-product = ما المنتج الذي تبحث عنه؟ يكفي وصف قصير، مثل “زيت الأرغان العضوي”.
clarify-quantity = ما الكمية التي تحتاجها من { $product }؟ مثلًا “٢ طن” أو “٥٠٠٠ لتر” أو “حاوية ٤٠ قدم”.
clarify-quantity-positive = يجب أن تكون الكمية أكبر من صفر. ما الكمية التي تحتاجها من { $product }؟
clarify-destination = إلى أين يجب توصيل { $product }؟ تكفي مدينة أو ميناء أو دولة.
clarify-multiple-products = ذكرتَ { $first } و{ $others }. هل أفتح طلبًا منفصلًا لكل منها؟ (نعم / لا)
clarify-conflicting-quantities = ذكرتَ { $first } وأيضًا { $second }. ما الكمية التي تحتاجها؟
clarify-not-understood = عذرًا، لم أفهم ذلك.
clarify-truncated = رسالتك طويلة، لذلك قرأت بدايتها فقط.

## Deals (src/core/deals): refusals, statuses, reasons and notices. Error keys: deal-error-<code>,
## or deal-error-<code>-<details.reason> when there is one (see src/core/deals/messages.ts).
deal-error-not_found = هذه المحادثة أو عرض السعر لم تعد موجودة.
deal-error-forbidden = عذرًا، هذا ليس من صلاحياتك.
deal-error-forbidden-not_linked = اربط حسابك في Discord بشركتك أولًا: /link مع الرمز الذي أعطتك إياه Caravan.
deal-error-forbidden-not_your_lead = هذا الطلب يخص شركة أخرى؛ لا يرد عليه إلا أعضاؤها المرتبطون.
deal-error-forbidden-not_your_request = هذا الطلب يخص شخصًا آخر.
deal-error-forbidden-unknown_buyer = أرسل /start أولًا لأعرف من أنت.
deal-error-forbidden-under_review = حسابك قيد المراجعة، لذلك توقفت التعريفات الجديدة مؤقتًا. سنعود إليك قريبًا.
deal-error-invalid_input = يرجى التحقق من: { $fields }
deal-error-illegal_transition = لم يعد ذلك ممكنًا: حالة هذه المحادثة { $status }.
deal-error-already_done = تم ذلك من قبل: لم يتغير شيء.
deal-error-rate_limited = بلغتَ حد { $limit } تعريفات لهذا اليوم. يرجى المحاولة غدًا.
deal-error-rate_limited-open_requests = لديك بالفعل { $open } طلبات مفتوحة (الحد { $limit }). أنهِ أحدها أو ألغِه أولًا.
deal-error-conflict = تغيّر شيء في هذه الأثناء؛ يرجى الاطلاع على أحدث نسخة.
deal-error-conflict-superseded = أرسل البائع نسخة أحدث من عرض السعر هذا؛ يرجى الاطلاع عليها.
deal-error-conflict-already_accepted = لقد قبلتَ عرض سعر آخر لهذا الطلب.
deal-status-proposed = مُرسَل
deal-status-delivered = تم التسليم
deal-status-viewed = تمت المشاهدة
deal-status-quoted = تم تقديم عرض سعر
deal-status-accepted = مقبول
deal-status-declined_by_buyer = أغلقه المشتري
deal-status-declined_by_seller = رفضه البائع
deal-status-expired = انتهت مدته دون رد
quote-status-active = ساري
quote-status-superseded = استُبدل بنسخة أحدث
quote-status-accepted = مقبول
quote-status-declined = مرفوض
quote-status-expired = منتهي الصلاحية
decline-reason-not_our_product = لا نصنع هذا المنتج
decline-reason-quantity_too_small = الكمية صغيرة جدًا بالنسبة لنا
decline-reason-quantity_too_large = الكمية كبيرة جدًا بالنسبة لنا
decline-reason-price_too_low = السعر المستهدف منخفض جدًا
decline-reason-cannot_ship_there = لا يمكننا الشحن إلى هذه الوجهة
decline-reason-no_capacity = لا توجد طاقة إنتاجية حاليًا
decline-reason-deadline_too_short = المهلة قصيرة جدًا
decline-reason-other = سبب آخر
buyer-decline-reason-price = السعر
buyer-decline-reason-terms = الشروط
buyer-decline-reason-lead_time = مدة التوريد
buyer-decline-reason-found_elsewhere = وجدتُ موردًا آخر
buyer-decline-reason-no_longer_needed = لم أعد بحاجة إليه
buyer-decline-reason-other = سبب آخر
buyer-decline-reason-accepted_other = اختار المشتري عرضًا آخر
deal-lead-reminder = تذكير: هذا الطلب ينتظر منذ { $hours } ساعة. سيُغلق في { $expiresAt } إن لم يصله رد.
deal-lead-expired = لم يرد { $seller } في الوقت المحدد، لذلك أغلقتُ تلك المحادثة.
deal-next-match = هل أعرّفك على { $seller } ({ $title }) بدلًا من ذلك؟
deal-lead-declined = رفض { $seller }: { $reason }.
deal-lead-closed = أغلق المشتري هذا الطلب: { $reason }.
deal-lead-closed-expired = انتهت مدة هذا الطلب دون رد.
deal-quote-accepted = تم قبول عرض السعر v{ $version } الخاص بك.
deal-quote-expired = انتهت صلاحية عرض السعر v{ $version }. أرسل نسخة جديدة لإبقاء العرض قائمًا.
deal-contact-offer-from-buyer = يرغب المشتري في تبادل بيانات الاتصال.
deal-contact-offer-from-seller = يرغب { $seller } في تبادل بيانات الاتصال.
deal-contacts = بيانات الاتصال الخاصة بـ { $name }: { $contact }
deal-compare-approximate = الأسعار محوّلة بأسعار صرف تقريبية.
deal-compare-not-comparable = غير قابل للمقارنة ({ $reason })

## Telegram buyer bot (src/channels/telegram)
tg-welcome = أهلًا بك في Caravan! أربطك بمصدّرين من كندا والمغرب. أخبرني فقط بما تحتاجه، مثل “٢ طن زيت أرغان عضوي CIF روتردام، بحد أقصى 15 EUR/kg”.
tg-help = اكتب ما تحتاجه في رسالة واحدة: المنتج والكمية والوجهة (السعر وشرط التسليم والمهلة والشهادات تساعد أيضًا). أُعدّ بطاقة طلب وأبحث عن موردين وأعرّفك عليهم. ردّ على رسالة البائع للإجابة عليه.
    /new – طلب جديد
    /requests – طلباتك
    /threads – محادثاتك مع البائعين
    /quotes – مقارنة عروض الأسعار
    /language – اللغة
    /cancel – إيقاف ما نقوم به
tg-new = أخبرني بما تبحث عنه: المنتج والكمية والوجهة.
tg-cancelled = حسنًا، توقفت. أرسل طلبًا جديدًا متى شئت.
tg-nothing-to-cancel = لا يوجد ما يُلغى. أخبرني بما تحتاجه.
tg-card-title = طلبك
tg-field-product = المنتج
tg-field-quantity = الكمية
tg-field-target = السعر المستهدف
tg-field-incoterm = شرط التسليم (Incoterm)
tg-field-destination = الوجهة
tg-field-deadline = المهلة
tg-field-certs = الشهادات
tg-btn-search = 🔎 ابحث عن موردين
tg-btn-edit = ✏️ تعديل
tg-btn-cancel = ✖️ إلغاء
tg-btn-introduce = 🤝 عرّفني على { $seller }
tg-btn-introduce-top = 🤝 عرّفني على أفضل ٣
tg-btn-accept = ✅ قبول
tg-btn-counter = 💬 عرض مقابل
tg-btn-ask = ❓ سؤال
tg-btn-decline = ✖️ رفض
tg-btn-write = ✍️ اكتب إلى { $seller }
tg-edit-prompt = أرسل الطلب المصحَّح في رسالة واحدة.
tg-request-cancelled = تم إلغاء الطلب.
tg-searching = جارٍ البحث عن موردين…
tg-shortlist-title = موردو { $product }:
tg-shortlist-empty = لم أجد موردًا لذلك بعد.
tg-btn-watch = 🔔 أخبرني عندما يعرضه أحد البائعين
tg-watch-on = تم: سأراسلك هنا فور أن يعرض أحد البائعين { $product } (خلال الأيام الـ{ $days } القادمة).
tg-watch-on-unnamed = تم: سأراسلك هنا فور أن يناسب أحد البائعين هذا الطلب (خلال الأيام الـ{ $days } القادمة).
tg-watch-hit = خبر سار: أصبح أحد البائعين يعرض { $product }. اضغط الزر لترى من يناسب طلبك.
tg-watch-hit-unnamed = خبر سار: طلبك يجد الآن موردين. اضغط الزر لتراهم.
tg-watch-expired = راقبت الكتالوج لمدة { $days } يومًا ولم يعرض أي بائع { $product } حتى الآن. طلبك محفوظ: ابحث مجددًا الآن، أو دعني أواصل المراقبة.
tg-watch-expired-unnamed = راقبت الكتالوج لمدة { $days } يومًا ولم يناسب أي بائع هذا الطلب حتى الآن. طلبك محفوظ: ابحث مجددًا الآن، أو دعني أواصل المراقبة.
tg-btn-watch-again = 🔔 واصل المراقبة
tg-moq = الحد الأدنى للطلب
tg-price = السعر
tg-lead-time = مدة التوريد
tg-days = { $days } يومًا
tg-certs = الشهادات
tg-introduced = تم: تواصلتُ مع { $sellers }. سأخبرك فور ردّهم.
tg-stale = هذه البطاقة قديمة؛ لم يتغير شيء.
tg-already = تم ذلك من قبل؛ لم يتغير شيء.
tg-quote-title = عرض السعر v{ $version } من { $seller }
tg-quote-revised = (يحل محل v{ $previous })
tg-quote-unit-price = سعر الوحدة
tg-quote-valid = صالح حتى
tg-quote-payment = الدفع
tg-quote-samples = العينات
tg-quote-notes = ملاحظات
tg-seller-says = يكتب { $seller }:
tg-reply-hint = ردّ على هذه الرسالة للإجابة.
tg-accepted = تم القبول! أبلغتُ { $seller }. استخدم /threads لمواصلة الحديث عن الشحن.
tg-declined = أُغلق: أبلغتُ { $seller } أنك رفضت.
tg-counter-prompt = أرسل عرضك المقابل: سعرًا مستهدفًا (مثل “12.5 EUR/kg”) و/أو كمية.
tg-counter-not-understood = لم أتمكن من قراءة سعر أو كمية. جرّب “12.5 EUR/kg” أو “٣ طن”.
tg-counter-sent = أُرسل العرض المقابل إلى { $seller }.
tg-ask-prompt = اكتب رسالتك إلى { $seller }.
tg-message-sent = أُرسلت إلى { $seller }.
tg-threads-title = محادثاتك:
tg-threads-empty = لا توجد محادثات مع بائعين بعد.
tg-requests-title = طلباتك:
tg-requests-empty = لا توجد طلبات بعد. أخبرني بما تحتاجه.
tg-quotes-empty = لا توجد عروض أسعار بعد.
tg-quotes-title = عروض الأسعار لـ { $product }:
tg-quote-line = { $seller }: { $price } { $currency }/{ $unit }
tg-language-choose = اختر لغتك:
tg-language-set = اللغة: العربية.
tg-rate-limited = أنت تكتب بسرعة قليلًا؛ يرجى الانتظار بضع ثوانٍ.
tg-no-text = أقرأ الرسائل النصية فقط. أخبرني بالكلمات بما تحتاجه.
tg-lead-expired = لم يرد { $seller } في الوقت المحدد، لذلك أغلقتُ تلك المحادثة.
tg-next-match = هل أعرّفك على { $seller } ({ $title }) بدلًا من ذلك؟
tg-contact-offer = يرغب بائع { $product } في تبادل بيانات الاتصال معك.
tg-btn-share-contact = 📇 شارك بيانات اتصالي
tg-contacts = بيانات الاتصال الخاصة بـ { $name }: { $contact }
tg-contact-shared = تم: ستُشارك بيانات اتصالك عندما يوافق الطرفان.

## Discord seller desk (src/channels/discord)
discord-error-generic = عذرًا، حدث خطأ من جهتنا. يرجى المحاولة بعد قليل.
discord-error-unknown-action = هذا الزر لم يعد صالحًا.
discord-not-linked = حسابك في Discord غير مرتبط بشركة بعد: استخدم /link مع الرمز الذي أعطتك إياه Caravan.
discord-link-linked = تم الربط: أنت الآن ترد على طلبات { $seller }.
discord-link-already = أنت مرتبط بالفعل بـ { $seller }.
discord-link-other = أنت مرتبط بـ { $seller }. استخدم /unlink أولًا لربط شركة أخرى.
discord-link-wrong-code = هذا الرمز لا يطابق أي شركة. تحقق منه وحاول مجددًا (الرموز مثل CRV-ABCD-EFGH).
discord-link-rate-limited = محاولات كثيرة جدًا. يرجى المحاولة بعد { $minutes } دقيقة.
discord-unlink-done = تم فك الارتباط بـ { $seller }.
discord-language-set = ستكتب لك Caravan من الآن بالعربية: الردود وبطاقات الطلبات ورسائل المحادثات.
discord-language-unknown = اختر إحدى اللغات المعروضة: { $languages }.
discord-profile = **{ $seller }** ({ $country }) · { $products ->
        [one] منتج واحد
       *[other] { $products } منتجات
    } · { $members ->
        [one] عضو مرتبط واحد
       *[other] { $members } أعضاء مرتبطين
    } · { $leads ->
        [one] طلب واحد
       *[other] { $leads } طلبات
    } · نسبة الرد { $rate }
discord-leads-none = لا توجد طلبات مفتوحة حاليًا.
discord-leads-title = طلباتك المفتوحة ({ $count }):
discord-leads-line = • { $product } — { $status }، منذ { $age }، مشترٍ من { $country }
discord-card-title = طلب جديد
discord-card-quantity = الكمية
discord-card-target-price = السعر المستهدف
discord-card-destination = شرط التسليم والوجهة
discord-card-deadline = المهلة
discord-card-certifications = الشهادات
discord-card-required = مطلوبة
discord-card-buyer = المشتري
discord-card-why = لماذا اختارتك Caravan
discord-card-status = الحالة
discord-card-quote = عرض السعر
discord-button-quote = أرسل عرض سعر
discord-button-revise = عدّل عرض السعر
discord-button-ask = اطرح سؤالًا
discord-button-decline = رفض
discord-button-reopen = صحّح عرض السعر
discord-quote-title = أرسل عرض سعر
discord-quote-title-revise = عدّل عرض سعرك
discord-quote-price = سعر الوحدة والعملة والوحدة
discord-quote-price-hint = 13.20 EUR / kg
discord-quote-moq = الحد الأدنى للطلب والوحدة
discord-quote-moq-hint = 500 kg
discord-quote-lead = مدة التوريد بالأيام
discord-quote-lead-hint = 21
discord-quote-terms = شرط التسليم والمكان
discord-quote-terms-hint = CIF Rotterdam
discord-quote-validity = صالح حتى (السطر الأول)، ثم الملاحظات
discord-quote-validity-hint = 2027-02-28 ثم أي ملاحظات في الأسطر التالية
discord-quote-invalid = يرجى التحقق من **{ $field }**: { $problem }. بياناتك محفوظة: اضغط الزر لتصحيحها.
discord-quote-sent = أُرسل عرض السعر v{ $version } إلى المشتري.
discord-quote-revised = أُرسل عرض السعر المعدّل v{ $version } إلى المشتري.
discord-ask-title = اسأل المشتري
discord-ask-label = سؤالك
discord-ask-sent = أُرسل السؤال إلى المشتري.
discord-decline-pick = لماذا ترفض هذا الطلب؟
discord-decline-placeholder = اختر سببًا
discord-decline-done = تم رفض الطلب: { $reason }. سيُعرض على المشتري مورد آخر.
discord-decline-spam = 🚩 الإبلاغ كرسائل مزعجة
discord-decline-spam-hint = يغلق الطلب؛ وتراجع Caravan هذا المشتري
discord-spam-reported = شكرًا: أُغلق الطلب وستراجع Caravan هذا المشتري. لن يُخبَر بمن أبلغ عنه.
discord-thread-buyer = **المشتري:** { $text }
discord-thread-counter = **عرض المشتري المقابل:** { $offer }
discord-thread-contact-offer = يرغب المشتري في تبادل بيانات الاتصال.
# Why a lead was matched, from the seller's side (the shared reason-* say "your target" to the buyer).
discord-reason-moq_ok = الحد الأدنى لطلبك { $moq } يناسب كمية المشتري
discord-reason-moq_above = الحد الأدنى لطلبك { $moq } أكبر من { $quantity } التي يطلبها المشتري
discord-reason-price_ok = سعرك ابتداءً من { $from }/{ $per } ضمن السعر المستهدف للمشتري { $target }
discord-reason-price_near = سعرك ابتداءً من { $from }/{ $per } أعلى قليلًا من السعر المستهدف للمشتري { $target }
discord-reason-price_above = سعرك ابتداءً من { $from }/{ $per } أعلى من السعر المستهدف للمشتري { $target }
tg-cmd-start = الترحيب وطريقة العمل
tg-cmd-new = طلب توريد جديد
tg-cmd-requests = طلباتك
tg-cmd-quotes = مقارنة عروض الأسعار
tg-cmd-threads = محادثاتك مع البائعين
tg-cmd-language = اللغة / Language
tg-cmd-help = مساعدة
tg-cmd-cancel = إيقاف ما نقوم به
tg-request-status-draft = غير مكتمل
tg-request-status-ready = جاهز للبحث
tg-request-watching = 🔔 بانتظار بائع حتى { $date }
tg-request-status-matched = تم العثور على موردين
tg-request-status-introduced = تم التواصل مع البائعين
tg-request-status-closed = تم قبول عرض سعر
tg-request-status-cancelled = ملغى
tg-btn-more = ➕ موردون آخرون
tg-no-more = لا يوجد موردون آخرون يطابقون هذا الطلب حاليًا.
tg-already-searched = لهذا الطلب قائمة موردين بالفعل (أعلى هذه المحادثة). اضغط «موردون آخرون» لرؤية بائعين آخرين، أو /requests لمعرفة حالته.
tg-btn-profile = 🏢 عرّف البائعين بنفسك (اختياري)
tg-btn-profile-edit = 🏢 تعديل ملف شركتي
tg-profile-ask-company = ما اسم شركتك؟ (اختياري: /cancel يتخطى ذلك. لا يرى البائعون اسم شركتك إلا عندما تشارك بيانات اتصالك.)
tg-profile-bad-company = يجب أن يتكون اسم الشركة من ٢ إلى ١٢٠ حرفًا. ما اسم شركتك؟
tg-profile-ask-type = ما نوع نشاطك كمشترٍ؟ يرى البائعون ذلك مع بلدك.
tg-profile-ask-country = في أي بلد يقع مقر شركتك؟ (مثل الإمارات أو AE أو دبي)
tg-profile-bad-country = لا أعرف “{ $answer }” كبلد. اكتب اسمه (مثل الإمارات) أو رمزه المكوّن من حرفين (AE).
tg-profile-none = غير محدد
tg-profile-saved = تم الحفظ: { $company } · { $type } · { $country }. لا يرى البائعون إلا “{ $type }، { $country }” حتى تشارك بيانات اتصالك. أخبرني الآن بما تحتاجه.
company-type-importer = مستورد
company-type-distributor = موزع
company-type-wholesaler = تاجر جملة
company-type-retailer = تاجر تجزئة
company-type-manufacturer = مصنّع
company-type-other = أخرى
discord-relay-files-only = لا تُنقل الملفات: تنقل Caravan النصوص فقط. صِف ما يحتاج المشتري إلى معرفته، أو الصق رابطًا للملف.
discord-relay-files-dropped = وصل نصك إلى المشتري؛ أما الملفات المرفقة فلم تصل (تنقل Caravan النصوص فقط). الصق رابطًا إن احتاجها.
quote-problem-number = يجب أن يكون رقمًا
quote-problem-positive = يجب أن يكون أكبر من 0
quote-problem-currency = يجب أن يكون رمز عملة من 3 أحرف، مثل EUR
quote-problem-unit = يجب أن تكون إحدى القيم { $units }
quote-problem-days = يجب أن يكون عددًا من الأيام
quote-problem-whole_days = يجب أن يكون أيامًا كاملة
quote-problem-days_range = يجب أن يكون بين 0 و730 يومًا
quote-problem-incoterm = يجب أن يكون أحد { $incoterms }
quote-problem-date = يجب أن يكون تاريخًا بصيغة YYYY-MM-DD
quote-problem-too_long = طويل جدًا
quote-problem-past = في الماضي
quote-problem-price_format = اكتبه كمبلغ وعملة ووحدة، مثل 13.20 EUR / kg
quote-problem-moq_format = اكتبه ككمية ووحدة، مثل 500 kg
quote-problem-date_format = اكتب التاريخ بصيغة YYYY-MM-DD
discord-button-contact = شارك بيانات اتصالي
discord-contact-title = شارك بيانات اتصالك مع المشتري
discord-contact-label = كيف يمكن للمشتري الوصول إليك؟
discord-contact-hint = الاسم أو البريد الإلكتروني أو الهاتف أو واتساب
discord-contact-invalid = يحتاج الاتصال إلى ٥ إلى ٢٠٠ حرف تتضمن بريدًا إلكترونيًا أو رقم هاتف أو موقعًا أو @handle، مثل “Amina, sales@atlas-argan.ma, +212 6 12 34 56 78”. اضغط الزر للمحاولة مجددًا.
discord-contact-offered = تم التسجيل. يحصل المشتري على بيانات اتصالك عندما يوافق على مشاركة بياناته؛ وحتى ذلك الحين لا يراها.
discord-contact-exchanged = تم تبادل بيانات الاتصال: يحصل المشتري على بياناتك، وتُنشر بياناته في هذه المحادثة.
discord-contact-updated = تم التحديث: سيحصل المشتري على بيانات الاتصال هذه عندما يوافق هو أيضًا.
discord-contact-already-exchanged = لقد تبادلتَ بيانات الاتصال مع هذا المشتري من قبل.
tg-profile-ask-contact = أخيرًا، اختياري: كيف يصل إليك البائع عندما تختار مشاركة بيانات اتصالك؟ (بريد إلكتروني أو هاتف أو واتساب؛ /cancel يتخطى ذلك، ويُشارك اسم مستخدمك في Telegram في كل الأحوال.)
tg-profile-bad-contact = يحتاج الاتصال إلى ٥ إلى ٢٠٠ حرف تتضمن بريدًا إلكترونيًا أو رقم هاتف أو موقعًا أو @handle، مثل “Khalid, khalid@example.ae, +971 50 123 4567”.

## Request understanding: languages (src/core/extraction/languageSupport.ts)
language-unsupported = لا أستطيع قراءة { $language } بعد. تفهم Caravan: { $languages }. يرجى كتابة طلبك بإحداها.
language-fallback = لا أستطيع الكتابة بـ{ $language } بعد، لذلك أرد بالإنجليزية.

## dbfaults, discord desk hardening, matching (added when merging)
quote-problem-too_large = كبير جدًا (الحد الأقصى 99,999,999,999,999)
discord-relay-failed = عذرًا، لم تصل رسالتك إلى المشتري بسبب مشكلة من جهتنا. أعد إرسالها بعد لحظة.
discord-busy-retry = Caravan مشغول الآن ولم يتمكن من فتح النموذج في الوقت المحدد. اضغط على الزر مرة أخرى.
reason-type_other = هذا منتج آخر: { $kind }
reason-excluded = استبعدتَ: { $words }
suggest-no_fit-no_product = لا يعرض أي بائع في الكتالوج { $product } حتى الآن. أقرب المنتجات: { $near }.
suggest-no_fit-no_product-none = لا يعرض أي بائع في الكتالوج { $product } حتى الآن.
suggest-no_fit-no_product-alike = لا يعرض أي بائع في الكتالوج { $product } بهذا الاسم. هذه المنتجات توافق بقية طلبك: { $near }.
suggest-no_fit-no_product-unnamed-alike = لا شيء في كتالوجاتنا يناسب هذا الطلب بهذا الاسم. هذه المنتجات توافق بقيته: { $near }.
suggest-no_fit-no_certificate = لا يحمل أي بائع لـ { $product } في الكتالوج شهادة { $certs }. أقرب المنتجات، بدون هذه الشهادة: { $near }.
suggest-no_fit-no_certificate-none = لا يحمل أي بائع لـ { $product } في الكتالوج شهادة { $certs }.
suggest-no_fit-no_product-unnamed = لا شيء في كتالوجاتنا يناسب هذا الطلب حتى الآن. أقرب المنتجات: { $near }.
suggest-no_fit-no_product-unnamed-none = لا شيء في كتالوجاتنا يناسب هذا الطلب حتى الآن.
suggest-no_fit-no_certificate-unnamed = لا شيء في كتالوجاتنا يناسب هذا الطلب: لا يحمل أي منتج من هذا النوع شهادة { $certs }. أقرب المنتجات، بدون هذه الشهادة: { $near }.
suggest-no_fit-no_certificate-unnamed-none = لا شيء في كتالوجاتنا يناسب هذا الطلب: لا يحمل أي منتج من هذا النوع شهادة { $certs }.
reason-moq_ok_approx = الحد الأدنى للطلب { $moq } يناسب كميتك { $quantity } (على افتراض { $assumption })
reason-moq_above_approx = الحد الأدنى للطلب { $moq } أكبر من كميتك { $quantity } (على افتراض { $assumption })
reason-pack_ok = عبوة { $pack } تناسب كميتك
reason-pack_small = عبوة تجزئة ({ $pack }) لطلب بالجملة
reason-pack_large = عبوة { $pack } أكبر من طلبك كله
reason-pack_asked = بالعبوة التي طلبتها: { $pack }
reason-pack_other = عبوة غير التي طلبتها: { $pack }

## buyer conversation and playground page (added when merging)
conv-already-introduced = أنت على تواصل بالفعل مع { $sellers }.
conv-btn-cancel-request = ✖️ إلغاء «{ $request }»
conv-contact-already = لقد تبادلت جهات الاتصال مع { $seller } من قبل.
conv-contact-updated = تم التحديث: سيتلقى { $seller } جهة الاتصال هذه عندما يوافق هو أيضًا.
conv-contacts-exchanged = تم تبادل جهات الاتصال: يتلقى { $seller } جهة اتصالك، وتظهر جهة اتصاله هنا.
conv-contact-pending = تم: ستتم مشاركة جهة اتصالك مع { $seller } عندما يوافق هو أيضًا. وحتى ذلك الحين لن يراها.
conv-language-en = English
conv-language-fr = Français
pg-page-title = ملعب Caravan
pg-page-intro = العب الدورين: مشترٍ على اليسار (كما في تيليغرام) وبائع على اليمين (كما في ديسكورد). كل شيء يمر عبر قاعدة البيانات الحقيقية.
pg-buyer-title = محادثة المشتري
pg-buyer-sub = بوت Caravan كما يراه المشتري في تيليغرام
pg-chat-label = محادثة المشتري
pg-message-label = الرسالة
pg-message-placeholder = مثال: طنان من زيت الأرغان العضوي إلى روتردام
pg-send = إرسال
pg-compose-cancel = إلغاء
pg-compose-reply = رد على { $seller }
pg-compose-ask = سؤالك إلى { $seller }
pg-compose-counter = عرض مضاد إلى { $seller }: سعر (مثل 16 EUR/kg) و/أو كمية
pg-compose-contact = جهة اتصالك لـ { $seller } (الاسم أو البريد الإلكتروني أو الهاتف)؛ لن يراها إلا عندما يشارك جهة اتصاله أيضًا
pg-hello = مرحبًا! أخبرني بما تريد شراءه، مثل «طنان من زيت الأرغان العضوي إلى روتردام».
pg-loading-catalog = جارٍ تحميل الكتالوج التجريبي (في التشغيل الأول فقط)…
pg-actions = الإجراءات
pg-language-label = اللغة
pg-error-generic = حدث خطأ ما.
pg-error-unreadable = أرسل الخادم إجابة غير مقروءة.
pg-shortlist-title = موردون مناسبون
pg-btn-reply = رد
pg-no-contact = لا توجد بيانات اتصال مسجلة لدى { $seller }؛ تابع الحديث هنا عبر «رد».
pg-contacts-title = بيانات الاتصال الخاصة بـ { $seller }
pg-contact-offer = يرغب { $seller } في تبادل بيانات الاتصال. لا تُرسل بياناتك إلا إذا شاركتها أنت أيضًا.
pg-update = تحديث من { $seller }.
pg-seller-asks = يسأل { $seller }

## deals: a closed request (the issue-13 playground sequence)
deal-error-illegal_transition-request_closed = هذا الطلب مغلق: لا يمكن تقديم بائعين آخرين له. أرسل ‎/new لبدء طلب جديد.

## seller self-service catalog upload (Discord /catalog, the playground desk)
catalog-report-title = استيراد الكتالوج { $file } ({ $date })
catalog-report-counts = { $read } صفًا مقروءًا: { $created } جديدة، { $updated } محدَّثة، { $unchanged } دون تغيير، { $rejected } مرفوضة.
catalog-report-empty = لا يحتوي الملف على أي صف منتجات.
catalog-report-rejected = الصفوف المرفوضة (المكان — السبب)، صحّحها ثم ارفع الملف من جديد:
catalog-report-warnings = استُوردت، لكن يجدر التحقق منها (المكان — الملاحظة)؛ صحّحها في ملفك متى أمكنك:
catalog-report-more = … و{ $count } أخرى.
catalog-report-file-error = لم يُستورد أي شيء: { $reason }
catalog-report-file-broke-off = تعذّرت قراءة الملف حتى نهايته: { $reason }. ربما استُوردت الصفوف التي قبل ذلك؛ صحّح الملف ثم ارفعه من جديد (تُتخطّى الصفوف التي لم تتغيّر).
catalog-report-other-seller = عمود البائع يذكر «{ $named }»، لكنك ترفع الملف باسم { $seller }: لا يمكنك تعديل إلا منتجاتك (احذف هذا العمود أو اكتب فيه { $seller })
# سبب رفض صف من الكتالوج (أو ما تغيّر فيه)، لكل رمز رسالته. أسماء الأعمدة كما في الملف.
catalog-row-required-empty = { $column } فارغ (وهو إلزامي)
catalog-row-too-long = { $column } أطول من { $max } حرف
catalog-row-not-a-number = يجب أن يكون { $column } رقمًا (استخدم النقطة . للكسور العشرية، دون رمز العملة)
catalog-row-negative = لا يجوز أن يكون { $column } سالبًا
catalog-row-too-large = { $column } كبير جدًا (أكثر من { $max })
catalog-row-not-whole = يجب أن يكون { $column } عددًا صحيحًا
catalog-row-moq-zero = يجب أن يكون moq أكبر من 0 (اتركه فارغًا إن لم يكن هناك حد أدنى)
catalog-row-price-min-above-max = price_min ‏({ $min }) أكبر من price_max ‏({ $max })
catalog-row-unknown-unit = الوحدة «{ $value }» غير معروفة؛ استخدم إحدى هذه الوحدات: { $units }
catalog-row-bad-currency = العملة «{ $value }» ليست رمز ISO من 3 أحرف (مثل USD أو EUR أو CAD أو MAD)
catalog-row-price-without-currency = السعر مذكور دون عملة
catalog-row-bad-country = { $column } «{ $value }» ليس رمز بلد من حرفين (مثل CA أو MA)
catalog-row-bad-ships-to = ships_to «{ $value }» ليس رمز بلد من حرفين ولا *
catalog-row-duplicate-sku = الرمز sku «{ $sku }» مكرر للبائع { $seller } (ورد أولًا في السطر { $firstLine })
catalog-row-field-count = في هذا الصف { $fields } حقلًا بينما في صف العناوين { $expected } (فاصلة أو علامة تنصيص ناقصة أو زائدة؟)
catalog-row-invalid-utf8 = يحتوي { $column } على أحرف ليست UTF-8 صالحًا: أعد كتابة أحرفه المشكّلة أو المعلَّمة، أو احفظ الملف بترميز UTF-8
catalog-row-item-too-long = طول هذا العنصر { $chars } حرف؛ ولا يُقرأ أكثر من { $max } لكل منتج
catalog-row-item-not-json = هذا العنصر ليس JSON صالحًا
catalog-row-item-not-object = يجب أن يكون كل عنصر كائنًا مفاتيحه هي أعمدة الكتالوج
catalog-row-item-too-many-keys = في هذا العنصر { $keys } مفتاحًا؛ ولا يُقرأ أكثر من { $max } لكل منتج
catalog-row-row-too-long = هذا الصف أطول من { $max } حرف (علامة تنصيص لم تُغلق؟)؛ ولم يُقرأ باقي الملف
catalog-row-csv-syntax = ملف CSV غير سليم في هذا الموضع، لذا لم يُقرأ باقي الملف ({ $detail })
catalog-row-shopify-no-handle = الحقل Handle فارغ: كل صف في Shopify ينتمي إلى منتج
catalog-row-shopify-orphan-handle = الحقل Handle «{ $handle }» يكمل منتجًا صفّه الأول (الذي فيه Title) مفقود
catalog-row-woo-orphan-variation = متغيّر لمنتج أصلي غير معروف «{ $parent }» (يجب أن يأتي المنتج المتغيّر أولًا)
catalog-row-control-chars-removed = { $column }: { $count ->
    [zero] لم يُحذف أي حرف تحكّم
    [one] حُذف حرف تحكّم غير مرئي واحد
    [two] حُذف حرفا تحكّم غير مرئيين
    [few] حُذفت { $count } أحرف تحكّم غير مرئية
   *[other] حُذف { $count } حرف تحكّم غير مرئي
}
catalog-row-description-truncated = اختُصر الوصف من { $from } إلى { $to } حرف
catalog-row-attributes-not-json = attributes ليس كائن JSON (مثل {"{"}"grade":"extra virgin"{"}"})؛ حُفظ نصًا تحت «details»
catalog-row-extra-columns-dropped = { $count ->
    [zero] لم يُحذف أي عمود إضافي
    [one] لم يُحفظ عمود إضافي واحد
    [two] لم يُحفظ عمودان إضافيان
    [few] لم تُحفظ { $count } أعمدة إضافية
   *[other] لم يُحفظ { $count } عمودًا إضافيًا
}: التفاصيل الإضافية محدودة بـ { $max } حرف
catalog-row-moq-without-unit = لا وحدة لـ moq
catalog-row-formula-text = { $column } يشبه صيغة جدول بيانات؛ حُفظ نصًا عاديًا
catalog-row-certification-only-in-text = يذكر العنوان أو الوصف { $certification }، لكن عمود certifications لا يذكره: أضف «{ $certification }» هناك إن كان المنتج حاصلًا عليه، وإلا فلن يجد هذا المنتجَ المشترون الذين يشترطونه
# ما الخطأ في الملف كله، وما يمكن للبائع تغييره فيه.
catalog-file-not-found = تعذّر العثور على الملف
catalog-file-not-a-file = هذا ليس ملفًا
catalog-file-empty = الملف فارغ
catalog-file-format-not-read = صيغة الجدول هذه غير مقروءة: احفظه بصيغة ‎.xlsx (أو CSV بترميز UTF-8)
catalog-file-too-many-columns = في صف العناوين { $columns } عمودًا؛ ولا يُقرأ أكثر من { $max } (إن كان الملف CSV، فهل الفاصل فاصلة؟)
catalog-file-no-header = لم يُعثر على صف عناوين في أول { $rows } صفًا (الصف الأول فيه: { $first }). يجب أن يسمّي أحد الصفوف الأعمدة، على الأقل رمز المنتج واسمه: غيّر أسماء هذه العناوين في جدولك إلى أسماء يعرفها Caravan — { $examples } — ثم ارفعه من جديد.
catalog-file-woo-needs-seller = تصدير WooCommerce هذا لا يذكر أي بائع
catalog-file-duplicate-column = العمودان «{ $first }» و«{ $second }» يعنيان كلاهما { $column }: غيّر اسم أحدهما أو احذفه في جدولك، ثم ارفعه من جديد.
catalog-file-missing-columns = لم يُعثر على العمود الإلزامي { $columns } (صف العناوين فيه: { $header }). غيّر اسم هذا العنوان في جدولك إلى اسم يعرفه Caravan — { $examples } — ثم ارفعه من جديد.
catalog-file-header-too-long = صف العناوين أطول من { $chars } حرف؛ ولا يُقرأ أكثر من { $max } عمود
catalog-file-header-unreadable = تعذّرت قراءة صف العناوين ({ $detail })
catalog-file-xlsx-unreadable = تعذّرت قراءة الجدول: افتحه واحفظه من جديد بصيغة ‎.xlsx ({ $detail })
catalog-file-no-sheet-named = لا توجد ورقة باسم «{ $sheet }» (في المصنّف: { $sheets })
catalog-file-no-sheet = لا يحتوي المصنّف على أي ورقة
catalog-file-json-not-array = الملف بصيغة JSON لكنه ليس قائمة منتجات: المتوقع [ {"{"}…{"}"}, {"{"}…{"}"} ]
catalog-file-json-text-after-array = يوجد نص غير متوقع بعد ] الختامية في السطر { $line }
catalog-file-json-not-closed = قائمة JSON غير مغلقة (هل الملف مقطوع؟)
# ملاحظات عن ملف استُورد، لكل رمز رسالته (core/catalog/fileWarnings.ts).
catalog-warn-skipped-above-header = تُخطّي ما فوق صف العناوين، عدد الصفوف: { $count } (الأسطر { $lines }): عنوان أو ملاحظات
catalog-warn-shop-export = قُرئ الملف على أنه تصدير منتجات من { $format }
catalog-warn-shop-no-currency = تصديرات { $format } لا تذكر العملة، لذلك تُركت الأسعار جانبًا: لعرض الأسعار أرسل كتالوجك بصيغة CSV فيه عمودا السعر والعملة
catalog-warn-seller-column-used = في الملف عمود للبائع ({ $column }): يجب أن يذكر كل صف شركتك أو أن يبقى فارغًا
catalog-warn-unknown-columns = { $count ->
    [one] العمود { $columns } لا يعرفه Caravan: حُفظ تفصيلًا إضافيًا لكل منتج (إن كان سعرًا أو كمية أو ما شابه فغيّر اسم عنوانه)
   *[other] أعمدة لا يعرفها Caravan: { $columns }؛ حُفظت تفاصيلَ إضافية لكل منتج (إن كان أحدها سعرًا أو كمية أو ما شابه فغيّر اسم عنوانه)
}
catalog-warn-unknown-key = المفتاح «{ $key }» لا يعرفه Caravan: حُفظ تفصيلًا إضافيًا لكل منتج
catalog-warn-columns-renamed = قُرئت الأعمدة هكذا: { $columns } (تحقّق من صحة كل منها)
catalog-warn-latin1 = الملف ليس بترميز UTF-8: قُرئ بترميز Latin-1 (Windows-1252)؛ احفظه بترميز UTF-8 لتضمن صحة الأحرف
catalog-warn-invalid-utf8-rows = الملف بترميز UTF-8 لكن بعض الصفوف فيها بايتات ليست كذلك: رُفضت تلك الصفوف وقُرئ الباقي
catalog-upload-too-big = حجم هذا الملف { $size } ميغابايت، والحد الأقصى { $limit } ميغابايت. قسّم الكتالوج إلى عدة ملفات أو احذف الأعمدة غير المستخدمة.
catalog-upload-wrong-type = «{ $file }» ليس ملف كتالوج يقرؤه Caravan. أرسل ملف CSV (UTF-8) أو JSON (قائمة منتجات) أو Excel بصيغة ‎.xlsx؛ ويصلح أيضًا تصدير منتجات Shopify أو WooCommerce ‏(.csv). إن كان جدولك بصيغة ‎.ods أو ‎.xls فاحفظه أولًا بصيغة ‎.xlsx.
catalog-upload-wrong-content = «{ $file }» لا يحتوي ما يدل عليه اسمه ({ $type }): افتحه واحفظه من جديد بصيغة { $type } ثم ارفع ذلك الملف.
catalog-upload-empty = هذا الملف فارغ.
catalog-upload-no-file = أرفق ملف الكتالوج مع ‎/catalog upload ‏(CSV أو JSON أو ‎.xlsx أو تصدير متجر، حتى { $limit } ميغابايت).
catalog-upload-download-failed = تعذّر تنزيل الملف. يُرجى المحاولة مرة أخرى.
catalog-status = لدى { $seller } { $products ->
        [one] منتج واحد
       *[other] { $products } منتجًا
    } على Caravan.
catalog-status-no-import = لم يُرفع أي ملف بعد: أرسل كتالوجك عبر ‎/catalog upload ‏(CSV أو JSON أو ‎.xlsx أو تصدير متجر، حتى { $limit } ميغابايت).
catalog-status-last = آخر رفع:
pg-desk-catalog = كتالوجك
pg-desk-catalog-hint = ارفع ملف CSV أو JSON أو ‎.xlsx أو تصديرًا من Shopify/WooCommerce (حتى { $limit } ميغابايت). تُضاف المنتجات أو تُحدَّث للبائع الذي تمثّله؛ ولا يمكن للملف أن يذكر بائعًا آخر.
pg-desk-catalog-file = ملف الكتالوج
pg-desk-catalog-upload = رفع
pg-desk-catalog-uploading = جارٍ الاستيراد…
# Playground seller desk (its labels, forms, announcements and errors)
pg-desk-title = مكتب البائع
pg-desk-sub = محادثات العملاء المحتملين للبائع، كما في ديسكورد
pg-desk-play-label = العب دور البائع
pg-desk-play = العب دور هذا البائع
pg-desk-pick-seller = اختر بائعاً تجريبياً لرؤية عملائه المحتملين.
pg-desk-leads-title = محادثات العملاء المحتملين
pg-desk-lead-label = العميل المحتمل المحدد
pg-desk-pick-seller-lead = اختر بائعاً، ثم عميلاً محتملاً.
pg-desk-pick-lead = اختر عميلاً محتملاً.
pg-desk-send-quote = أرسل عرض سعر
pg-desk-revise-quote = عدّل عرض السعر
pg-desk-decline = ارفض العميل المحتمل
pg-desk-share-contact = شارك بيانات الاتصال الخاصة بي
pg-desk-message-label = رسالة إلى المشتري
pg-desk-send = أرسل
pg-desk-ask = اطرحها كسؤال
pg-desk-cancel = إلغاء
pg-desk-quote-title = أرسل عرض سعر
pg-desk-unit-price = سعر الوحدة
pg-desk-currency = العملة
pg-desk-per-unit = لكل وحدة
pg-desk-moq = الحد الأدنى للطلب
pg-desk-lead-time = مدة التجهيز (أيام)
pg-desk-incoterm = شرط التسليم (Incoterm)
pg-desk-incoterm-place = مكان شرط التسليم
pg-desk-valid-until = صالح حتى
pg-desk-notes = ملاحظات
pg-desk-decline-title = ارفض هذا العميل المحتمل
pg-desk-reason = السبب
pg-desk-decline-note = ملاحظة للمشتري (اختيارية)
pg-desk-contact-title = شارك بيانات الاتصال الخاصة بك مع هذا المشتري
pg-desk-contact-hint = لا يراها المشتري إلا بعد أن يشارك بياناته أيضاً. تُحفظ كبيانات اتصال هذا البائع.
pg-desk-contact-label = بيانات الاتصال الخاصة بك (الاسم أو البريد الإلكتروني أو الهاتف)
pg-desk-author-seller = أنت
pg-desk-author-buyer = المشتري
pg-desk-author-system = Caravan
pg-desk-kind-question = سؤال
pg-desk-kind-counter_offer = عرض مضاد
pg-desk-kind-quote = عرض سعر
pg-desk-kind-decision = قرار
pg-desk-seller-option = { $seller } — عدد المنتجات: { $count }
pg-desk-playing-as = أنت ترد باسم { $seller }.
pg-desk-now-playing = تلعب الآن دور { $seller }.
pg-desk-no-leads = لا يوجد عملاء محتملون بعد.
pg-desk-request = طلب
pg-desk-thread = المحادثة
pg-desk-fact-quantity = الكمية
pg-desk-fact-destination = الوجهة
pg-desk-fact-incoterm = شرط التسليم
pg-desk-fact-target-price = السعر المستهدف
pg-desk-fact-deadline = مطلوب قبل
pg-desk-fact-certifications = الشهادات
pg-desk-fact-buyer = المشتري
pg-desk-fact-match = المنتج المطابق
pg-desk-fact-your-quote = عرض سعرك
pg-desk-fact-contacts = بيانات الاتصال
pg-desk-fact-buyer-contact = بيانات اتصال المشتري
pg-desk-contact-none = لم تُقدَّم
pg-desk-contacts-exchanged = تم تبادلها
pg-desk-contacts-you-agreed = وافقت على المشاركة؛ بانتظار المشتري
pg-desk-contacts-buyer-asks = يرغب المشتري في تبادل بيانات الاتصال
pg-desk-quote-sent = تم إرسال عرض السعر إلى المشتري.
pg-desk-spam-reported = تم الإبلاغ عنه كرسائل مزعجة: أُغلق العميل المحتمل وستراجع Caravan هذا المشتري.
pg-desk-declined = تم رفض العميل المحتمل؛ وأُبلغ المشتري.
pg-desk-contacts-done = تم تبادل بيانات الاتصال مع المشتري.
pg-desk-contact-pending = ستتم مشاركة بيانات اتصالك بمجرد موافقة المشتري أيضاً.
pg-desk-news-lead = عميل محتمل جديد.
pg-desk-news-buyer_message = رسالة جديدة من المشتري.
pg-desk-news-counter_offer = أرسل المشتري عرضاً مضاداً.
pg-desk-news-quote_accepted = قبل المشتري عرض سعرك.
pg-desk-news-lead_closed = أغلق المشتري محادثة.
pg-desk-news-contact_offer = يرغب المشتري في تبادل بيانات الاتصال.
pg-desk-news-contacts = تم تبادل بيانات الاتصال: بيانات المشتري موجودة في العميل المحتمل.
pg-desk-error-contact = بيانات الاتصال غير صالحة ({ $problem }). مثال: «سارة أحمد، sara@example.com، ‎+212 6 12 34 56 78».
pg-desk-error-no-seller = اختر أولاً البائع الذي تلعب دوره.
pg-desk-error-not-yours = هذا العميل المحتمل ليس من عملاء هذا البائع.
pg-desk-error-unknown-seller = هذا البائع غير موجود (أو لم يعد موجوداً). اختر بائعاً آخر.
pg-desk-error-other = هذا غير ممكن حالياً.
pg-error-check = يرجى التحقق من: { $problems }
## القائمة المختصرة: الحقائق التي يراجعها المشتري لكل مورد (core/matching/renderFacts.ts)
fact-price-under = { $price }، أقل من سعرك المستهدف { $target }
fact-price-partly = { $price }، الحد الأدنى أقل من سعرك المستهدف { $target }
fact-price-near = { $price }، أعلى بقليل من سعرك المستهدف { $target }
fact-price-above = { $price }، أعلى من سعرك المستهدف { $target }
fact-price-incomparable = { $price }، لا يمكن مقارنته بسعرك المستهدف { $target }
fact-price-unknown = السعر غير مذكور
fact-price-stated = السعر { $price }
fact-moq-fits = الحد الأدنى للطلب { $moq } يناسب كميتك { $quantity }
fact-moq-above = الحد الأدنى للطلب { $moq } أعلى من كميتك { $quantity }
fact-moq-incomparable = الحد الأدنى للطلب { $moq } لا يمكن مقارنته بكميتك { $quantity }
fact-moq-unknown = الحد الأدنى للطلب غير مذكور
fact-moq-stated = الحد الأدنى للطلب { $moq }
fact-container = على افتراض أن { $count } × { $size } قدم ≈ { $tons } طن أو { $litres } لتر من السائل
fact-pack = العبوة: { $pack }
fact-pack-small = العبوة: { $pack }، عبوة تجزئة لهذه الكمية
fact-pack-large = العبوة: { $pack }، أكبر من طلبك كله
fact-lead-before = { $days } يومًا، قبل موعدك النهائي { $deadline }
fact-lead-after = { $days } يومًا، بعد موعدك النهائي ({ $deadline })
fact-lead-unknown = مدة التوريد غير مذكورة
fact-lead-stated = مدة التوريد { $days } يومًا
fact-certs-ok = حاصل على شهادة { $certs }
fact-certs-missing = غير حاصل على شهادة { $certs } (لديه: { $held })
fact-certs-held = الشهادات: { $certs }
fact-ships-ok = يشحن إلى { $country }
fact-ships-no = لا يشحن إلى { $country }
fact-ships-unknown = أسواق التصدير غير مذكورة ({ $country }؟)
pack-family-drum = برميل
pack-family-ibc = حاوية IBC
pack-family-flexitank = خزان مرن
pack-family-bulk_bag = كيس كبير
pack-family-jerrycan = جالون
pack-family-tin = علبة معدنية
pack-family-pail = دلو
pack-family-bag = كيس
pack-family-bottle = زجاجة
pack-family-jar = برطمان
pack-family-carton = كرتونة
unit-pcs = قطعة
unit-carton = كرتونة
unit-pallet = منصة نقالة
unit-container20 = × 20 قدم
unit-container40 = × 40 قدم
per-pcs = قطعة
per-carton = كرتونة
per-pallet = منصة نقالة
per-container20 = حاوية 20 قدمًا
per-container40 = حاوية 40 قدمًا

cert-organic = عضوي
cert-eu-organic = عضوي (الاتحاد الأوروبي)
cert-usda-organic = USDA Organic
cert-ecocert = Ecocert
cert-halal = حلال
cert-kosher = كوشر
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
