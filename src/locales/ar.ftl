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
tg-request-status-matched = تم العثور على موردين
tg-request-status-introduced = تم التواصل مع البائعين
tg-request-status-closed = تم قبول عرض سعر
tg-request-status-cancelled = ملغى
tg-btn-more = ➕ موردون آخرون
tg-no-more = لا يوجد موردون آخرون يطابقون هذا الطلب حاليًا.
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
suggest-no_fit-no_product = لا يعرض أي بائع في الكتالوج { $product } حتى الآن. أقرب المنتجات: { $near }.
suggest-no_fit-no_certificate = لا يحمل أي بائع لـ { $product } في الكتالوج شهادة { $certs }. أقرب المنتجات، بدون هذه الشهادة: { $near }.
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
