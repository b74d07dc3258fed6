# Caravan — textos en español. Las claves son las mismas en todos los canales.
error-generic = Lo sentimos, algo salió mal de nuestro lado. Inténtelo de nuevo en un momento.

## Why a product is on the shortlist (src/core/matching/reasons.ts)
reason-terms = coincide con “{ $terms }”
reason-category = categoría: { $category }
reason-moq_ok = el pedido mínimo { $moq } se ajusta a su cantidad
reason-moq_above = el pedido mínimo { $moq } supera sus { $quantity }
reason-moq_unknown = pedido mínimo no indicado
reason-certs_ok = certificado: { $certs }
reason-certs_missing = sin certificado: { $certs }
reason-ships_ok = envía a { $country }
reason-ships_no = no incluye { $country } entre sus mercados de exportación
reason-ships_unknown = mercados de exportación no indicados
reason-price_ok = desde { $from }/{ $per }, dentro de su objetivo { $target }
reason-price_near = desde { $from }/{ $per }, algo por encima de su objetivo { $target }
reason-price_above = desde { $from }/{ $per }, por encima de su objetivo { $target }
reason-price_unknown = sin precio indicativo para comparar con { $target }
reason-lead_ok = plazo de entrega { $days } días, a tiempo para el { $deadline }
reason-lead_late = plazo de entrega { $days } días, pero solo quedan { $daysLeft } días antes del { $deadline }
reason-lead_unknown = plazo de entrega no indicado
suggest-relax_certifications = Ningún proveedor del catálogo tiene { $certs } para este producto ({ $wouldMatch } coincidirían sin él). ¿Aceptaría proveedores sin este certificado?
suggest-rephrase = No encontré proveedor para eso. ¿Podría describir el producto de otra forma (nombre, variedad, uso)?

## Clarifying questions about a sourcing request (src/core/extraction/clarify.ts)
clarify-product = ¿Qué producto busca? Basta una descripción corta, p. ej. “aceite de argán orgánico”.
clarify-quantity = ¿Cuánto { $product } necesita? Por ejemplo “2 t”, “5.000 L” o “1 contenedor de 40 pies”.
clarify-quantity-positive = La cantidad debe ser mayor que cero. ¿Cuánto { $product } necesita?
clarify-destination = ¿Dónde hay que entregar { $product }? Basta una ciudad, un puerto o un país.
clarify-multiple-products = Mencionó { $first } y { $others }. ¿Abro una solicitud separada para cada uno? (sí / no)
clarify-conflicting-quantities = Mencionó { $first } y también { $second }. ¿Qué cantidad necesita?
clarify-not-understood = Perdón, no le he entendido.
clarify-truncated = Su mensaje era largo, así que solo leí el principio.

## Deals (src/core/deals): refusals, statuses, reasons and notices. Error keys: deal-error-<code>,
## or deal-error-<code>-<details.reason> when there is one (see src/core/deals/messages.ts).
deal-error-not_found = Esa conversación o cotización ya no existe.
deal-error-forbidden = Lo sentimos, esto no le corresponde.
deal-error-forbidden-not_linked = Primero vincule su cuenta de Discord a su empresa: /link con el código que le dio Caravan.
deal-error-forbidden-not_your_lead = Este contacto pertenece a otra empresa; solo sus miembros vinculados pueden responderlo.
deal-error-forbidden-not_your_request = Esta solicitud pertenece a otra persona.
deal-error-forbidden-unknown_buyer = Envíe /start primero para que sepa quién es usted.
deal-error-forbidden-under_review = Su cuenta está en revisión, por lo que las nuevas presentaciones están en pausa. Le responderemos pronto.
deal-error-invalid_input = Revise: { $fields }
deal-error-illegal_transition = Eso ya no es posible: esta conversación está { $status }.
deal-error-already_done = Ya estaba hecho: nada cambió.
deal-error-rate_limited = Alcanzó el límite de { $limit } presentaciones por hoy. Inténtelo de nuevo mañana.
deal-error-rate_limited-open_requests = Ya tiene { $open } solicitudes abiertas (el límite es { $limit }). Termine o cancele una primero.
deal-error-conflict = Algo cambió mientras tanto; mire la versión más reciente.
deal-error-conflict-superseded = El vendedor envió una versión más reciente de esta cotización; mire esa.
deal-error-conflict-already_accepted = Ya aceptó otra cotización para esta solicitud.
deal-status-proposed = enviado
deal-status-delivered = entregado
deal-status-viewed = visto
deal-status-quoted = cotizado
deal-status-accepted = aceptado
deal-status-declined_by_buyer = cerrado por el comprador
deal-status-declined_by_seller = rechazado por el vendedor
deal-status-expired = caducado sin respuesta
quote-status-active = vigente
quote-status-superseded = sustituida por una versión más reciente
quote-status-accepted = aceptada
quote-status-declined = rechazada
quote-status-expired = caducada
decline-reason-not_our_product = No fabricamos este producto
decline-reason-quantity_too_small = La cantidad es demasiado pequeña para nosotros
decline-reason-quantity_too_large = La cantidad es demasiado grande para nosotros
decline-reason-price_too_low = El precio objetivo es demasiado bajo
decline-reason-cannot_ship_there = No podemos enviar a ese destino
decline-reason-no_capacity = Sin capacidad por el momento
decline-reason-deadline_too_short = El plazo es demasiado corto
decline-reason-other = Otro motivo
buyer-decline-reason-price = El precio
buyer-decline-reason-terms = Las condiciones
buyer-decline-reason-lead_time = El plazo de entrega
buyer-decline-reason-found_elsewhere = Encontré un proveedor en otro lugar
buyer-decline-reason-no_longer_needed = Ya no lo necesito
buyer-decline-reason-other = Otro motivo
buyer-decline-reason-accepted_other = El comprador eligió otra oferta
deal-lead-reminder = Recordatorio: este contacto lleva { $hours } horas esperando. Se cierra el { $expiresAt } si no recibe respuesta.
deal-lead-expired = { $seller } no respondió a tiempo, así que cerré esa conversación.
deal-next-match = ¿Le presento a { $seller } ({ $title }) en su lugar?
deal-lead-declined = { $seller } rechazó: { $reason }.
deal-lead-closed = El comprador cerró este contacto: { $reason }.
deal-lead-closed-expired = Este contacto caducó sin respuesta.
deal-quote-accepted = Su cotización v{ $version } fue aceptada.
deal-quote-expired = Su cotización v{ $version } caducó. Envíe una nueva versión para mantener la oferta abierta.
deal-contact-offer-from-buyer = El comprador quiere intercambiar datos de contacto.
deal-contact-offer-from-seller = { $seller } quiere intercambiar datos de contacto.
deal-contacts = Datos de contacto de { $name }: { $contact }
deal-compare-approximate = Precios convertidos con tipos de cambio indicativos: aproximados.
deal-compare-not-comparable = no comparable ({ $reason })

## Telegram buyer bot (src/channels/telegram)
tg-welcome = ¡Bienvenido a Caravan! Le pongo en contacto con exportadores de Canadá y Marruecos. Dígame qué necesita, p. ej. “2 t de aceite de argán orgánico CIF Róterdam, máx. 15 EUR/kg”.
tg-help = Escriba lo que necesita en un solo mensaje: producto, cantidad, destino (el precio, el incoterm, el plazo y los certificados también ayudan). Preparo una ficha de solicitud, busco proveedores y le presento. Responda al mensaje de un vendedor para contestarle.
    /new – una nueva solicitud
    /requests – sus solicitudes
    /threads – sus conversaciones con vendedores
    /quotes – comparar cotizaciones
    /language – idioma
    /cancel – detener lo que estamos haciendo
tg-new = Dígame qué busca: producto, cantidad y destino.
tg-cancelled = De acuerdo, detenido. Envíe una nueva solicitud cuando quiera.
tg-nothing-to-cancel = No hay nada que cancelar. Dígame qué necesita.
tg-card-title = Su solicitud
tg-field-product = Producto
tg-field-quantity = Cantidad
tg-field-target = Precio objetivo
tg-field-incoterm = Incoterm
tg-field-destination = Destino
tg-field-deadline = Plazo
tg-field-certs = Certificados
tg-btn-search = 🔎 Buscar proveedores
tg-btn-edit = ✏️ Modificar
tg-btn-cancel = ✖️ Cancelar
tg-btn-introduce = 🤝 Presentar a { $seller }
tg-btn-introduce-top = 🤝 Presentar a los 3 primeros
tg-btn-accept = ✅ Aceptar
tg-btn-counter = 💬 Contraoferta
tg-btn-ask = ❓ Preguntar
tg-btn-decline = ✖️ Rechazar
tg-btn-write = ✍️ Escribir a { $seller }
tg-edit-prompt = Envíe la solicitud corregida en un solo mensaje.
tg-request-cancelled = Solicitud cancelada.
tg-searching = Buscando proveedores…
tg-shortlist-title = Proveedores de { $product }:
tg-shortlist-empty = Todavía no encontré proveedor para eso.
tg-moq = Pedido mínimo
tg-price = Precio
tg-lead-time = Plazo de entrega
tg-days = { $days } días
tg-certs = Certificados
tg-introduced = Hecho: contacté a { $sellers }. Le avisaré en cuanto respondan.
tg-stale = Esta ficha está desactualizada; nada cambió.
tg-already = Ya estaba hecho; nada cambió.
tg-quote-title = Cotización v{ $version } de { $seller }
tg-quote-revised = (sustituye a la v{ $previous })
tg-quote-unit-price = Precio unitario
tg-quote-valid = Válida hasta
tg-quote-payment = Pago
tg-quote-samples = Muestras
tg-quote-notes = Notas
tg-seller-says = { $seller } escribe:
tg-reply-hint = Responda a este mensaje para contestar.
tg-accepted = ¡Aceptada! Se lo comuniqué a { $seller }. Use /threads para seguir hablando de la logística.
tg-declined = Cerrado: le comuniqué a { $seller } que usted rechazó.
tg-counter-prompt = Envíe su contraoferta: un precio objetivo (p. ej. “12,5 EUR/kg”) y/o una cantidad.
tg-counter-not-understood = No pude leer un precio ni una cantidad. Pruebe “12,5 EUR/kg” o “3 t”.
tg-counter-sent = Contraoferta enviada a { $seller }.
tg-ask-prompt = Escriba su mensaje para { $seller }.
tg-message-sent = Enviado a { $seller }.
tg-threads-title = Sus conversaciones:
tg-threads-empty = Todavía no hay conversaciones con vendedores.
tg-requests-title = Sus solicitudes:
tg-requests-empty = Todavía no hay solicitudes. Dígame qué necesita.
tg-quotes-empty = Todavía no hay cotizaciones.
tg-quotes-title = Cotizaciones de { $product }:
tg-quote-line = { $seller }: { $price } { $currency }/{ $unit }
tg-language-choose = Elija su idioma:
tg-language-set = Idioma: español.
tg-rate-limited = Va un poco rápido; espere unos segundos.
tg-no-text = Solo leo mensajes de texto. Dígame con palabras qué necesita.
tg-lead-expired = { $seller } no respondió a tiempo, así que cerré esa conversación.
tg-next-match = ¿Le presento a { $seller } ({ $title }) en su lugar?
tg-contact-offer = El vendedor de { $product } quiere intercambiar datos de contacto con usted.
tg-btn-share-contact = 📇 Compartir mi contacto
tg-contacts = Datos de contacto de { $name }: { $contact }
tg-contact-shared = Hecho: su contacto se compartirá cuando ambas partes estén de acuerdo.

## Discord seller desk (src/channels/discord)
discord-error-generic = Lo sentimos, algo salió mal de nuestro lado. Inténtelo de nuevo en un momento.
discord-error-unknown-action = Ese botón ya no es válido.
discord-not-linked = Su cuenta de Discord aún no está vinculada a una empresa: use /link con el código que le dio Caravan.
discord-link-linked = Vinculado: ahora responde a los contactos de { $seller }.
discord-link-already = Ya está vinculado a { $seller }.
discord-link-other = Está vinculado a { $seller }. Use /unlink primero para vincular otra empresa.
discord-link-wrong-code = Ese código no corresponde a ninguna empresa. Revíselo e inténtelo de nuevo (los códigos son como CRV-ABCD-EFGH).
discord-link-rate-limited = Demasiados intentos. Inténtelo de nuevo en { $minutes } minutos.
discord-unlink-done = Desvinculado de { $seller }.
discord-profile = **{ $seller }** ({ $country }) · { $products ->
        [one] 1 producto
       *[other] { $products } productos
    } · { $members ->
        [one] 1 miembro vinculado
       *[other] { $members } miembros vinculados
    } · { $leads ->
        [one] 1 contacto
       *[other] { $leads } contactos
    } · tasa de respuesta { $rate }
discord-leads-none = No hay contactos abiertos ahora mismo.
discord-leads-title = Sus contactos abiertos ({ $count }):
discord-leads-line = • { $product } — { $status }, hace { $age }, comprador de { $country }
discord-card-title = Nuevo contacto
discord-card-quantity = Cantidad
discord-card-target-price = Precio objetivo
discord-card-destination = Incoterm y destino
discord-card-deadline = Plazo
discord-card-certifications = Certificaciones
discord-card-required = obligatorio
discord-card-buyer = Comprador
discord-card-why = Por qué Caravan le eligió
discord-card-status = Estado
discord-card-quote = cotización
discord-button-quote = Enviar cotización
discord-button-revise = Revisar cotización
discord-button-ask = Hacer una pregunta
discord-button-decline = Rechazar
discord-button-reopen = Corregir la cotización
discord-quote-title = Enviar una cotización
discord-quote-title-revise = Revisar su cotización
discord-quote-price = Precio unitario, moneda y unidad
discord-quote-price-hint = 13.20 EUR / kg
discord-quote-moq = Pedido mínimo y unidad
discord-quote-moq-hint = 500 kg
discord-quote-lead = Plazo de entrega en días
discord-quote-lead-hint = 21
discord-quote-terms = Incoterm y lugar
discord-quote-terms-hint = CIF Rotterdam
discord-quote-validity = Válida hasta (1.ª línea), luego notas
discord-quote-validity-hint = 2027-02-28 y después notas en las líneas siguientes
discord-quote-invalid = Revise **{ $field }**: { $problem }. Sus datos se conservan: pulse el botón para corregirlos.
discord-quote-sent = Cotización v{ $version } enviada al comprador.
discord-quote-revised = Cotización revisada v{ $version } enviada al comprador.
discord-ask-title = Preguntar al comprador
discord-ask-label = Su pregunta
discord-ask-sent = Pregunta enviada al comprador.
discord-decline-pick = ¿Por qué rechaza este contacto?
discord-decline-placeholder = Elija un motivo
discord-decline-done = Contacto rechazado: { $reason }. Se ofrecerá otro proveedor al comprador.
discord-decline-spam = 🚩 Denunciar como spam
discord-decline-spam-hint = Cierra el contacto; Caravan revisa a este comprador
discord-spam-reported = Gracias: el contacto está cerrado y Caravan revisará a este comprador. No se le dice quién lo denunció.
discord-thread-buyer = **Comprador:** { $text }
discord-thread-counter = **Contraoferta del comprador:** { $offer }
discord-thread-contact-offer = El comprador quiere intercambiar datos de contacto.
# Why a lead was matched, from the seller's side (the shared reason-* say "your target" to the buyer).
discord-reason-moq_ok = su pedido mínimo { $moq } se ajusta a la cantidad del comprador
discord-reason-moq_above = su pedido mínimo { $moq } supera los { $quantity } del comprador
discord-reason-price_ok = su precio desde { $from }/{ $per } está dentro del objetivo del comprador { $target }
discord-reason-price_near = su precio desde { $from }/{ $per } está algo por encima del objetivo del comprador { $target }
discord-reason-price_above = su precio desde { $from }/{ $per } está por encima del objetivo del comprador { $target }
tg-cmd-start = Bienvenida y cómo funciona
tg-cmd-new = Una nueva solicitud de compra
tg-cmd-requests = Sus solicitudes
tg-cmd-quotes = Comparar cotizaciones
tg-cmd-threads = Sus conversaciones con vendedores
tg-cmd-language = Idioma / Language
tg-cmd-help = Ayuda
tg-cmd-cancel = Detener lo que estamos haciendo
tg-request-status-draft = incompleta
tg-request-status-ready = lista para buscar
tg-request-status-matched = proveedores encontrados
tg-request-status-introduced = vendedores contactados
tg-request-status-closed = cotización aceptada
tg-request-status-cancelled = cancelada
tg-btn-more = ➕ Más proveedores
tg-no-more = Por ahora ningún otro proveedor coincide con esta solicitud.
tg-btn-profile = 🏢 Diga a los vendedores quién es (opcional)
tg-btn-profile-edit = 🏢 Modificar el perfil de mi empresa
tg-profile-ask-company = ¿Cómo se llama su empresa? (Opcional: /cancel lo omite. Los vendedores solo ven el nombre de su empresa cuando usted comparte su contacto.)
tg-profile-bad-company = El nombre de una empresa necesita de 2 a 120 caracteres. ¿Cómo se llama su empresa?
tg-profile-ask-type = ¿Qué tipo de comprador es usted? Los vendedores lo ven junto con su país.
tg-profile-ask-country = ¿En qué país tiene su sede la empresa? (p. ej. México, MX o Veracruz)
tg-profile-bad-country = No conozco “{ $answer }” como país. Escriba su nombre (p. ej. México) o su código de dos letras (MX).
tg-profile-none = sin indicar
tg-profile-saved = Guardado: { $company } · { $type } · { $country }. Los vendedores solo ven “{ $type }, { $country }” hasta que comparta su contacto. Ahora dígame qué necesita.
company-type-importer = Importador
company-type-distributor = Distribuidor
company-type-wholesaler = Mayorista
company-type-retailer = Minorista
company-type-manufacturer = Fabricante
company-type-other = Otro
discord-relay-files-only = Los archivos no se transmiten: Caravan solo transmite texto. Describa lo que el comprador necesita saber o pegue un enlace al archivo.
discord-relay-files-dropped = Su texto llegó al comprador; los archivos adjuntos no (Caravan solo transmite texto). Pegue un enlace si los necesita.
quote-problem-number = debe ser un número
quote-problem-positive = debe ser mayor que 0
quote-problem-currency = debe ser un código de moneda de 3 letras, p. ej. EUR
quote-problem-unit = debe ser una de { $units }
quote-problem-days = debe ser un número de días
quote-problem-whole_days = debe ser un número entero de días
quote-problem-days_range = debe estar entre 0 y 730 días
quote-problem-incoterm = debe ser uno de { $incoterms }
quote-problem-date = debe ser una fecha, AAAA-MM-DD
quote-problem-too_long = es demasiado largo
quote-problem-past = está en el pasado
quote-problem-price_format = escríbalo como importe, moneda y unidad, p. ej. 13.20 EUR / kg
quote-problem-moq_format = escríbalo como cantidad y unidad, p. ej. 500 kg
quote-problem-date_format = escriba la fecha como AAAA-MM-DD
discord-button-contact = Compartir mi contacto
discord-contact-title = Compartir su contacto con el comprador
discord-contact-label = ¿Cómo puede contactarle el comprador?
discord-contact-hint = Nombre, e-mail, teléfono o WhatsApp
discord-contact-invalid = Un contacto necesita de 5 a 200 caracteres con un e-mail, un teléfono, un sitio web o un @usuario, p. ej. “Amina, sales@atlas-argan.ma, +212 6 12 34 56 78”. Pulse el botón para intentarlo de nuevo.
discord-contact-offered = Anotado. El comprador recibirá su contacto cuando acepte compartir el suyo; hasta entonces no lo ve.
discord-contact-exchanged = Contactos intercambiados: el comprador recibe el suyo y el del comprador se publica en este hilo.
discord-contact-updated = Actualizado: el comprador recibirá este contacto cuando también acepte.
discord-contact-already-exchanged = Ya intercambió contactos con este comprador.
tg-profile-ask-contact = Por último, opcional: ¿cómo debe contactarle un vendedor cuando decida compartir su contacto? (e-mail, teléfono o WhatsApp; /cancel lo omite, su @usuario de Telegram se comparte de todos modos.)
tg-profile-bad-contact = Un contacto necesita de 5 a 200 caracteres con un e-mail, un teléfono, un sitio web o un @usuario, p. ej. “Juan, juan@ejemplo.mx, +52 55 1234 5678”.

## Request understanding: languages (src/core/extraction/languageSupport.ts)
language-unsupported = Todavía no leo { $language }. Caravan entiende { $languages }: escriba su solicitud en uno de ellos.
language-fallback = Todavía no puedo escribir en { $language }, así que respondo en inglés.

## dbfaults, discord desk hardening, matching (added when merging)
quote-problem-too_large = es demasiado grande (como máximo 99.999.999.999.999)
discord-relay-failed = Lo sentimos, su mensaje no llegó al comprador por un problema de nuestra parte. Vuelva a enviarlo en un momento.
discord-busy-retry = Caravan está muy ocupado y no pudo abrir el formulario a tiempo. Pulse el botón de nuevo.
reason-type_other = es otro producto: { $kind }
suggest-no_fit-no_product = Ningún vendedor del catálogo ofrece todavía { $product }. Los productos más cercanos: { $near }.
suggest-no_fit-no_certificate = Ningún vendedor de { $product } del catálogo tiene { $certs }. Los productos más cercanos, sin esa certificación: { $near }.
reason-moq_ok_approx = MOQ { $moq } compatible con sus { $quantity } (suponiendo { $assumption })
reason-moq_above_approx = MOQ { $moq } superior a sus { $quantity } (suponiendo { $assumption })
reason-pack_ok = envase de { $pack } adecuado a su cantidad
reason-pack_small = envase minorista ({ $pack }) para un pedido a granel
reason-pack_large = envase de { $pack } más grande que todo su pedido
reason-pack_asked = en el envase que pidió: { $pack }
reason-pack_other = otro envase distinto del que pidió: { $pack }

## buyer conversation and playground page (added when merging)
conv-already-introduced = Ya está en contacto con { $sellers }.
conv-btn-cancel-request = ✖️ Cancelar «{ $request }»
conv-contact-already = Ya intercambió contactos con { $seller }.
conv-contact-updated = Actualizado: { $seller } recibirá este contacto cuando también acepte.
conv-contacts-exchanged = Contactos intercambiados: { $seller } recibe el suyo, y el de ellos aparece aquí.
conv-contact-pending = Hecho: su contacto se compartirá con { $seller } cuando también acepte. Hasta entonces no lo ve.
conv-language-en = English
conv-language-fr = Français
pg-page-title = Playground de Caravan
pg-page-intro = Juegue los dos papeles: un comprador a la izquierda (como en Telegram) y un vendedor a la derecha (como en Discord). Todo pasa por la base de datos real.
pg-buyer-title = Chat del comprador
pg-buyer-sub = El bot de Caravan, tal como lo ve un comprador en Telegram
pg-chat-label = Conversación del comprador
pg-message-label = Mensaje
pg-message-placeholder = p. ej. 2 toneladas de aceite de argán orgánico a Róterdam
pg-send = Enviar
pg-compose-cancel = Cancelar
pg-compose-reply = Respondiendo a { $seller }
pg-compose-ask = Su pregunta a { $seller }
pg-compose-counter = Contraoferta a { $seller }: un precio (p. ej. 16 EUR/kg) y/o una cantidad
pg-compose-contact = Su contacto para { $seller } (nombre, correo o teléfono); solo lo verá cuando comparta también el suyo
pg-hello = ¡Hola! Dígame qué quiere comprar, p. ej. «2 toneladas de aceite de argán orgánico a Róterdam».
pg-loading-catalog = Cargando el catálogo de demostración (solo la primera vez)…
pg-actions = Acciones
pg-language-label = Idioma
pg-error-generic = Algo salió mal.
pg-error-unreadable = El servidor envió una respuesta ilegible.
pg-shortlist-title = Proveedores que encajan
pg-btn-reply = Responder
pg-no-contact = { $seller } no tiene datos de contacto registrados; siga conversando aquí con Responder.
pg-contacts-title = Datos de contacto de { $seller }
pg-contact-offer = { $seller } quiere intercambiar datos de contacto. Los suyos solo se envían si usted también los comparte.
pg-update = Novedad de { $seller }.
pg-seller-asks = { $seller } pregunta

## deals: a closed request (the issue-13 playground sequence)
deal-error-illegal_transition-request_closed = Esta solicitud está cerrada: ya no se le pueden presentar más vendedores. Envíe /new para empezar otra.
