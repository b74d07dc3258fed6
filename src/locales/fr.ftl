# Caravan — chaînes françaises.
error-generic = Désolé, un problème est survenu de notre côté. Merci de réessayer dans un instant.

## Pourquoi un produit est dans la sélection (src/core/matching/reasons.ts)
reason-terms = correspond à « { $terms } »
reason-category = catégorie : { $category }
reason-moq_ok = MOQ { $moq } compatible avec votre quantité
reason-moq_above = MOQ { $moq } supérieur à vos { $quantity }
reason-moq_unknown = MOQ non indiqué
reason-certs_ok = certifié : { $certs }
reason-certs_missing = non certifié : { $certs }
reason-ships_ok = exporte vers { $country }
reason-ships_no = n'indique pas { $country } parmi ses marchés d'export
reason-ships_unknown = marchés d'export non indiqués
reason-price_ok = à partir de { $from }/{ $per }, dans votre budget de { $target }
reason-price_near = à partir de { $from }/{ $per }, un peu au-dessus de votre budget de { $target }
reason-price_above = à partir de { $from }/{ $per }, au-dessus de votre budget de { $target }
reason-price_unknown = pas de prix indicatif à comparer avec { $target }
reason-lead_ok = délai { $days } jours, à temps pour le { $deadline }
reason-lead_late = délai { $days } jours, mais il ne reste que { $daysLeft } jours avant le { $deadline }
reason-lead_unknown = délai non indiqué
suggest-relax_certifications = Aucun fournisseur du catalogue n'a { $certs } pour ce produit ({ $wouldMatch } correspondraient sans). Accepteriez-vous des fournisseurs sans ce certificat ?
suggest-rephrase = Je n'ai pas trouvé de fournisseur. Pourriez-vous décrire le produit autrement (nom, variété, usage) ?

## Questions de précision sur une demande d'achat (src/core/extraction/clarify.ts)
clarify-product = Quel produit recherchez-vous ? Une courte description suffit, par exemple « huile d'argan bio ».
clarify-quantity = Quelle quantité vous faut-il ({ $product }) ? Par exemple « 2 t », « 5 000 L » ou « 1 conteneur 40 pieds ».
clarify-quantity-positive = La quantité doit être supérieure à zéro. Quelle quantité vous faut-il ({ $product }) ?
clarify-destination = Où faut-il livrer la commande ({ $product }) ? Une ville, un port ou un pays suffit.
clarify-multiple-products = Vous avez mentionné { $first } et { $others }. Voulez-vous une demande séparée pour chacun ? (oui / non)
clarify-conflicting-quantities = Vous avez indiqué { $first } et { $second }. Quelle quantité vous faut-il ?
clarify-not-understood = Désolé, je n'ai pas bien compris.
clarify-truncated = Votre message était long : je n'en ai lu que le début.

## Affaires (src/core/deals) : refus, statuts, motifs et avis. Clés d'erreur : deal-error-<code>,
## ou deal-error-<code>-<details.reason> quand il y en a une (voir src/core/deals/messages.ts).
deal-error-not_found = Cette conversation ou ce devis n'existe plus.
deal-error-forbidden = Désolé, cette action ne vous revient pas.
deal-error-forbidden-not_linked = Reliez d'abord votre compte Discord à votre entreprise : /link avec le code fourni par Caravan.
deal-error-forbidden-not_your_lead = Cette demande est adressée à une autre entreprise ; seuls ses membres liés peuvent y répondre.
deal-error-forbidden-not_your_request = Cette demande appartient à quelqu'un d'autre.
deal-error-forbidden-unknown_buyer = Envoyez d'abord /start pour que je sache qui vous êtes.
deal-error-forbidden-under_review = Votre compte est en cours de vérification : les nouvelles mises en relation sont suspendues. Nous revenons vers vous rapidement.
deal-error-invalid_input = Merci de vérifier : { $fields }
deal-error-illegal_transition = Ce n'est plus possible : cette conversation est { $status }.
deal-error-already_done = Déjà fait : rien n'a changé.
deal-error-rate_limited = Vous avez atteint la limite de { $limit } mises en relation pour aujourd'hui. Réessayez demain.
deal-error-rate_limited-open_requests = Vous avez déjà { $open } demandes ouvertes (limite : { $limit }). Terminez ou annulez-en une d'abord.
deal-error-conflict = Quelque chose a changé entre-temps ; regardez la dernière version.
deal-error-conflict-superseded = Le vendeur a envoyé une version plus récente de ce devis ; regardez celle-ci.
deal-error-conflict-already_accepted = Vous avez déjà accepté un autre devis pour cette demande.
deal-status-proposed = envoyée
deal-status-delivered = remise
deal-status-viewed = lue
deal-status-quoted = chiffrée
deal-status-accepted = acceptée
deal-status-declined_by_buyer = close par l'acheteur
deal-status-declined_by_seller = déclinée par le vendeur
deal-status-expired = expirée sans réponse
quote-status-active = en cours
quote-status-superseded = remplacé par une version plus récente
quote-status-accepted = accepté
quote-status-declined = refusé
quote-status-expired = expiré
decline-reason-not_our_product = Nous ne fabriquons pas ce produit
decline-reason-quantity_too_small = La quantité est trop faible pour nous
decline-reason-quantity_too_large = La quantité est trop importante pour nous
decline-reason-price_too_low = Le prix cible est trop bas
decline-reason-cannot_ship_there = Nous ne livrons pas cette destination
decline-reason-no_capacity = Pas de capacité en ce moment
decline-reason-deadline_too_short = Le délai est trop court
decline-reason-other = Autre raison
buyer-decline-reason-price = Le prix
buyer-decline-reason-terms = Les conditions
buyer-decline-reason-lead_time = Le délai de livraison
buyer-decline-reason-found_elsewhere = Fournisseur trouvé ailleurs
buyer-decline-reason-no_longer_needed = Plus nécessaire
buyer-decline-reason-other = Autre raison
buyer-decline-reason-accepted_other = L'acheteur a choisi une autre offre
deal-lead-reminder = Rappel : cette demande attend depuis { $hours } heures. Elle sera close le { $expiresAt } sans réponse.
deal-lead-expired = { $seller } n'a pas répondu à temps : j'ai clos cette conversation.
deal-next-match = Voulez-vous que je vous présente plutôt { $seller } ({ $title }) ?
deal-lead-declined = { $seller } a décliné : { $reason }.
deal-lead-closed = L'acheteur a clos cette demande : { $reason }.
deal-lead-closed-expired = Cette demande a expiré sans réponse.
deal-quote-accepted = Votre devis v{ $version } a été accepté.
deal-quote-expired = Votre devis v{ $version } a expiré. Envoyez une nouvelle version pour maintenir l'offre.
deal-contact-offer-from-buyer = L'acheteur souhaite échanger ses coordonnées.
deal-contact-offer-from-seller = { $seller } souhaite échanger ses coordonnées.
deal-contacts = Coordonnées de { $name } : { $contact }
deal-compare-approximate = Prix convertis aux taux de change indicatifs : approximatifs.
deal-compare-not-comparable = non comparable ({ $reason })

## Bot Telegram des acheteurs (src/channels/telegram)
tg-welcome = Bienvenue chez Caravan ! Je vous mets en relation avec des exportateurs du Canada et du Maroc. Dites-moi simplement ce qu'il vous faut, par ex. « 2 t d'huile d'argan bio CIF Rotterdam, max 15 EUR/kg ».
tg-help = Décrivez votre besoin en un message : produit, quantité, destination (prix, incoterm, délai et certificats aident aussi). Je prépare une fiche, je trouve des fournisseurs et je vous présente. Répondez au message d'un vendeur pour lui répondre.
    /new – une nouvelle demande
    /requests – vos demandes
    /threads – vos conversations avec les vendeurs
    /quotes – comparer les devis
    /language – English / Français
    /cancel – arrêter ce que nous faisons
tg-new = Dites-moi ce que vous cherchez : produit, quantité et destination.
tg-cancelled = D'accord, c'est arrêté. Envoyez une nouvelle demande quand vous voulez.
tg-nothing-to-cancel = Rien à annuler. Dites-moi ce qu'il vous faut.
tg-card-title = Votre demande
tg-field-product = Produit
tg-field-quantity = Quantité
tg-field-target = Prix cible
tg-field-incoterm = Incoterm
tg-field-destination = Destination
tg-field-deadline = Échéance
tg-field-certs = Certificats
tg-btn-search = 🔎 Chercher des fournisseurs
tg-btn-edit = ✏️ Modifier
tg-btn-cancel = ✖️ Annuler
tg-btn-introduce = 🤝 Présenter { $seller }
tg-btn-introduce-top = 🤝 Présenter les 3 premiers
tg-btn-accept = ✅ Accepter
tg-btn-counter = 💬 Contre-offre
tg-btn-ask = ❓ Question
tg-btn-decline = ✖️ Refuser
tg-btn-write = ✍️ Écrire à { $seller }
tg-edit-prompt = Envoyez la demande corrigée en un message.
tg-request-cancelled = Demande annulée.
tg-searching = Recherche de fournisseurs…
tg-shortlist-title = Fournisseurs pour { $product } :
tg-shortlist-empty = Je n'ai pas encore trouvé de fournisseur pour cela.
tg-moq = MOQ
tg-price = Prix
tg-lead-time = Délai
tg-days = { $days } jours
tg-certs = Certificats
tg-introduced = C'est fait : j'ai contacté { $sellers }. Je vous préviens dès qu'ils répondent.
tg-stale = Cette fiche n'est plus à jour ; rien n'a changé.
tg-already = Déjà fait ; rien n'a changé.
tg-quote-title = Devis v{ $version } de { $seller }
tg-quote-revised = (remplace la v{ $previous })
tg-quote-unit-price = Prix unitaire
tg-quote-valid = Valable jusqu'au
tg-quote-payment = Paiement
tg-quote-samples = Échantillons
tg-quote-notes = Remarques
tg-seller-says = { $seller } écrit :
tg-reply-hint = Répondez à ce message pour lui répondre.
tg-accepted = Accepté ! J'ai prévenu { $seller }. Utilisez /threads pour parler logistique.
tg-declined = Clos : j'ai dit à { $seller } que vous refusiez.
tg-counter-prompt = Envoyez votre contre-offre : un prix cible (par ex. « 12,5 EUR/kg ») et/ou une quantité.
tg-counter-not-understood = Je n'ai pas lu de prix ni de quantité. Essayez « 12,5 EUR/kg » ou « 3 t ».
tg-counter-sent = Contre-offre envoyée à { $seller }.
tg-ask-prompt = Écrivez votre message pour { $seller }.
tg-message-sent = Envoyé à { $seller }.
tg-threads-title = Vos conversations :
tg-threads-empty = Pas encore de conversation avec un vendeur.
tg-requests-title = Vos demandes :
tg-requests-empty = Pas encore de demande. Dites-moi ce qu'il vous faut.
tg-quotes-empty = Pas encore de devis.
tg-quotes-title = Devis pour { $product } :
tg-quote-line = { $seller } : { $price } { $currency }/{ $unit }
tg-language-choose = Choisissez votre langue :
tg-language-set = Langue : français.
tg-rate-limited = Vous allez un peu vite ; patientez quelques secondes.
tg-no-text = Je ne lis que les messages texte. Décrivez votre besoin avec des mots.
tg-lead-expired = { $seller } n'a pas répondu à temps, j'ai donc clos cette conversation.
tg-next-match = Voulez-vous que je vous présente plutôt { $seller } ({ $title }) ?
tg-contact-offer = Le vendeur de { $product } souhaite échanger ses coordonnées avec vous.
tg-btn-share-contact = 📇 Partager mes coordonnées
tg-contacts = Coordonnées de { $name } : { $contact }
tg-contact-shared = C'est fait : vos coordonnées seront échangées quand les deux côtés seront d'accord.

## Bureau vendeurs Discord (src/channels/discord)
discord-error-generic = Désolé, un problème est survenu de notre côté. Réessayez dans un instant.
discord-error-unknown-action = Ce bouton n'est plus valable.
discord-not-linked = Votre compte Discord n'est lié à aucune entreprise : utilisez /link avec le code fourni par Caravan.
discord-link-linked = Lié : vous répondez désormais aux demandes pour { $seller }.
discord-link-already = Vous êtes déjà lié à { $seller }.
discord-link-other = Vous êtes lié à { $seller }. Utilisez d'abord /unlink pour lier une autre entreprise.
discord-link-wrong-code = Ce code ne correspond à aucune entreprise. Vérifiez-le et réessayez (format CRV-ABCD-EFGH).
discord-link-rate-limited = Trop de tentatives. Réessayez dans { $minutes } minutes.
discord-unlink-done = Compte délié de { $seller }.
discord-profile = **{ $seller }** ({ $country }) · { $products ->
        [one] { $products } produit
       *[other] { $products } produits
    } · { $members ->
        [one] { $members } membre lié
       *[other] { $members } membres liés
    } · { $leads ->
        [one] { $leads } demande
       *[other] { $leads } demandes
    } · taux de réponse { $rate }
discord-leads-none = Aucune demande ouverte pour le moment.
discord-leads-title = Vos demandes ouvertes ({ $count }) :
discord-leads-line = • { $product } — { $status }, depuis { $age }, acheteur : { $country }
discord-card-title = Nouvelle demande
discord-card-quantity = Quantité
discord-card-target-price = Prix cible
discord-card-destination = Incoterm et destination
discord-card-deadline = Échéance
discord-card-certifications = Certifications
discord-card-required = exigées
discord-card-buyer = Acheteur
discord-card-why = Pourquoi Caravan vous a choisi
discord-card-status = Statut
discord-card-quote = devis
discord-button-quote = Envoyer un devis
discord-button-revise = Réviser le devis
discord-button-ask = Poser une question
discord-button-decline = Refuser
discord-button-reopen = Corriger le devis
discord-quote-title = Envoyer un devis
discord-quote-title-revise = Réviser votre devis
discord-quote-price = Prix unitaire, devise et unité
discord-quote-price-hint = 13.20 EUR / kg
discord-quote-moq = Minimum de commande et unité
discord-quote-moq-hint = 500 kg
discord-quote-lead = Délai en jours
discord-quote-lead-hint = 21
discord-quote-terms = Incoterm et lieu
discord-quote-terms-hint = CIF Rotterdam
discord-quote-validity = Valable jusqu'au (1re ligne), puis notes
discord-quote-validity-hint = 2027-02-28 puis vos notes sur les lignes suivantes
discord-quote-invalid = Vérifiez **{ $field }** : { $problem }. Votre saisie est conservée : appuyez sur le bouton pour corriger.
discord-quote-sent = Devis v{ $version } envoyé à l'acheteur.
discord-quote-revised = Devis révisé v{ $version } envoyé à l'acheteur.
discord-ask-title = Question à l'acheteur
discord-ask-label = Votre question
discord-ask-sent = Question envoyée à l'acheteur.
discord-decline-pick = Pourquoi refusez-vous cette demande ?
discord-decline-placeholder = Choisissez une raison
discord-decline-done = Demande refusée : { $reason }. Un autre fournisseur sera proposé à l'acheteur.
discord-decline-spam = 🚩 Signaler comme spam
discord-decline-spam-hint = Ferme la demande ; Caravan examine cet acheteur
discord-spam-reported = Merci : la demande est fermée et Caravan va examiner cet acheteur. Il ne saura pas qui l'a signalé.
discord-thread-buyer = **Acheteur :** { $text }
discord-thread-counter = **Contre-offre de l'acheteur :** { $offer }
discord-thread-contact-offer = L'acheteur souhaite échanger les coordonnées.
# Pourquoi une demande a été proposée, côté vendeur (les reason-* partagés disent « votre budget » à l'acheteur).
discord-reason-moq_ok = votre MOQ { $moq } convient à la quantité de l'acheteur
discord-reason-moq_above = votre MOQ { $moq } dépasse les { $quantity } de l'acheteur
discord-reason-price_ok = votre prix à partir de { $from }/{ $per } est dans le budget de l'acheteur ({ $target })
discord-reason-price_near = votre prix à partir de { $from }/{ $per } est un peu au-dessus du budget de l'acheteur ({ $target })
discord-reason-price_above = votre prix à partir de { $from }/{ $per } est au-dessus du budget de l'acheteur ({ $target })
tg-cmd-start = Bienvenue et mode d'emploi
tg-cmd-new = Une nouvelle demande
tg-cmd-requests = Vos demandes
tg-cmd-quotes = Comparer les devis
tg-cmd-threads = Vos conversations avec les vendeurs
tg-cmd-language = English / Français
tg-cmd-help = Aide
tg-cmd-cancel = Arrêter ce que nous faisons
tg-request-status-draft = incomplète
tg-request-status-ready = prête pour la recherche
tg-request-status-matched = fournisseurs trouvés
tg-request-status-introduced = vendeurs contactés
tg-request-status-closed = devis accepté
tg-request-status-cancelled = annulée
tg-btn-more = ➕ Plus de fournisseurs
tg-no-more = Aucun autre fournisseur ne correspond à cette demande pour l'instant.
tg-btn-profile = 🏢 Présentez-vous aux vendeurs (facultatif)
tg-btn-profile-edit = 🏢 Modifier mon profil d'entreprise
tg-profile-ask-company = Comment s'appelle votre entreprise ? (Facultatif : /cancel passe cette étape. Les vendeurs ne voient son nom que si vous partagez votre contact.)
tg-profile-bad-company = Le nom d'une entreprise compte de 2 à 120 caractères. Comment s'appelle votre entreprise ?
tg-profile-ask-type = Quel type d'acheteur êtes-vous ? Les vendeurs le voient avec votre pays.
tg-profile-ask-country = Dans quel pays votre entreprise est-elle établie ? (par ex. Pays-Bas, NL ou Rotterdam)
tg-profile-bad-country = Je ne connais pas « { $answer } » comme pays. Écrivez son nom (par ex. Pays-Bas) ou son code à deux lettres (NL).
tg-profile-none = non renseigné
tg-profile-saved = Enregistré : { $company } · { $type } · { $country }. Les vendeurs ne voient que « { $type }, { $country } » tant que vous ne partagez pas votre contact. Dites-moi maintenant ce qu'il vous faut.
company-type-importer = Importateur
company-type-distributor = Distributeur
company-type-wholesaler = Grossiste
company-type-retailer = Détaillant
company-type-manufacturer = Fabricant
company-type-other = Autre
discord-relay-files-only = Les fichiers ne sont pas transmis : Caravan ne relaie que le texte. Décrivez ce que l'acheteur doit savoir, ou collez un lien vers le fichier.
discord-relay-files-dropped = Votre texte est parvenu à l'acheteur, pas les fichiers joints (Caravan ne relaie que le texte). Collez un lien s'il en a besoin.
quote-problem-number = doit être un nombre
quote-problem-positive = doit être supérieur à 0
quote-problem-currency = doit être un code de devise à 3 lettres, par ex. EUR
quote-problem-unit = doit être l'une de ces unités : { $units }
quote-problem-days = doit être un nombre de jours
quote-problem-whole_days = doit être un nombre entier de jours
quote-problem-days_range = doit être compris entre 0 et 730 jours
quote-problem-incoterm = doit être l'un de ces Incoterms : { $incoterms }
quote-problem-date = doit être une date AAAA-MM-JJ
quote-problem-too_long = est trop long
quote-problem-past = est dans le passé
quote-problem-price_format = écrivez le montant, la devise et l'unité, par ex. 13,20 EUR / kg
quote-problem-moq_format = écrivez la quantité et l'unité, par ex. 500 kg
quote-problem-date_format = écrivez la date au format AAAA-MM-JJ
discord-button-contact = Partager mon contact
discord-contact-title = Partager votre contact avec l'acheteur
discord-contact-label = Comment l'acheteur peut-il vous joindre ?
discord-contact-hint = Nom, e-mail, téléphone ou WhatsApp
discord-contact-invalid = Un contact compte de 5 à 200 caractères avec une adresse e-mail, un numéro de téléphone, un site web ou un @identifiant, par ex. « Amina, sales@atlas-argan.ma, +212 6 12 34 56 78 ». Appuyez sur le bouton pour réessayer.
discord-contact-offered = C'est noté. L'acheteur recevra votre contact quand il acceptera de partager le sien ; d'ici là, il ne le voit pas.
discord-contact-exchanged = Contacts échangés : l'acheteur reçoit le vôtre, et le sien est publié dans ce fil.
discord-contact-updated = Mis à jour : l'acheteur recevra ce contact dès qu'il acceptera aussi.
discord-contact-already-exchanged = Vous avez déjà échangé vos contacts avec cet acheteur.
tg-profile-ask-contact = Dernière question, facultative : comment un vendeur peut-il vous joindre quand vous choisissez de partager votre contact ? (e-mail, téléphone ou WhatsApp ; /cancel passe cette étape, votre @identifiant Telegram est partagé de toute façon.)
tg-profile-bad-contact = Un contact compte de 5 à 200 caractères avec une adresse e-mail, un numéro de téléphone, un site web ou un @identifiant, par ex. « Jan, jan@example.nl, +31 6 1234 5678 ».

## dbfaults
quote-problem-too_large = est trop grand (au plus 99 999 999 999 999)
## discord desk hardening
discord-relay-failed = Désolé, votre message n'a pas atteint l'acheteur à cause d'un problème de notre côté. Renvoyez-le dans un instant.
discord-busy-retry = Caravan est très sollicité et n'a pas pu ouvrir le formulaire à temps. Appuyez de nouveau sur le bouton.
## matching (shortlist reasons and honest no-fit answers)
reason-type_other = c'est un autre produit : { $kind }
suggest-no_fit-no_product = Aucun vendeur du catalogue ne propose encore { $product }. Les produits les plus proches : { $near }.
suggest-no_fit-no_certificate = Aucun vendeur de { $product } du catalogue n'est certifié { $certs }. Les produits les plus proches, sans cette certification : { $near }.
reason-moq_ok_approx = MOQ { $moq } compatible avec vos { $quantity } (en comptant { $assumption })
reason-moq_above_approx = MOQ { $moq } supérieur à vos { $quantity } (en comptant { $assumption })
reason-pack_ok = conditionnement de { $pack } adapté à votre quantité
reason-pack_small = conditionnement de détail ({ $pack }) pour une commande en vrac
reason-pack_large = conditionnement de { $pack } plus grand que toute votre commande
reason-pack_asked = dans le conditionnement demandé : { $pack }
reason-pack_other = autre conditionnement que celui demandé : { $pack }
## Request understanding: languages (src/core/extraction/languageSupport.ts)
language-unsupported = Je ne lis pas encore le { $language }. Caravan comprend : { $languages }. Écrivez votre demande dans l'une de ces langues.
language-fallback = (Je ne parle pas encore { $language }, je réponds donc en anglais.)
## Buyer conversation (src/core/conversation), shared by Telegram and the playground
conv-already-introduced = Vous êtes déjà en contact avec { $sellers }.
conv-btn-cancel-request = ✖️ Annuler « { $request } »
conv-contact-already = Vous avez déjà échangé vos coordonnées avec { $seller }.
conv-contact-updated = Mis à jour : { $seller } recevra ces coordonnées quand il aura accepté lui aussi.
conv-contacts-exchanged = Coordonnées échangées : { $seller } reçoit les vôtres, et les siennes s'affichent ici.
conv-contact-pending = C'est fait : vos coordonnées seront transmises à { $seller } quand il aura accepté lui aussi. D'ici là, il ne les voit pas.
conv-language-en = English
conv-language-fr = Français

## Playground page (src/channels/playground): the buyer chat's own words
pg-page-title = Bac à sable Caravan
pg-page-intro = Jouez les deux côtés : un acheteur à gauche (comme dans Telegram), un vendeur à droite (comme dans Discord). Tout passe par la vraie base de données.
pg-buyer-title = Discussion acheteur
pg-buyer-sub = Le bot Caravan, tel qu'un acheteur le voit dans Telegram
pg-chat-label = Conversation de l'acheteur
pg-message-label = Message
pg-message-placeholder = ex. 2 tonnes d'huile d'argan bio pour Rotterdam
pg-send = Envoyer
pg-compose-cancel = Annuler
pg-compose-reply = Réponse à { $seller }
pg-compose-ask = Votre question à { $seller }
pg-compose-counter = Contre-offre à { $seller } : un prix (ex. 16 EUR/kg) et/ou une quantité
pg-compose-contact = Vos coordonnées pour { $seller } (nom, e-mail ou téléphone) ; il ne les voit que s'il partage aussi les siennes
pg-hello = Bonjour ! Dites-moi ce que vous cherchez, par ex. « 2 tonnes d'huile d'argan bio pour Rotterdam ».
pg-loading-catalog = Chargement du catalogue de démonstration (premier démarrage seulement)…
pg-actions = Actions
pg-language-label = Langue
pg-error-generic = Un problème est survenu.
pg-error-unreadable = Le serveur a envoyé une réponse illisible.
pg-shortlist-title = Fournisseurs qui correspondent
pg-btn-reply = Répondre
pg-no-contact = { $seller } n'a pas de coordonnées enregistrées ; continuez à échanger ici avec Répondre.
pg-contacts-title = Coordonnées de { $seller }
pg-contact-offer = { $seller } souhaite échanger vos coordonnées. Les vôtres ne sont envoyées que si vous les partagez aussi.
pg-update = Nouvelles de { $seller }.
pg-seller-asks = { $seller } demande

## deals: a closed request (the issue-13 playground sequence)
deal-error-illegal_transition-request_closed = Cette demande est close : plus aucun vendeur ne peut lui être présenté. Envoyez /new pour en commencer une autre.

## shortlist : les faits que l'acheteur parcourt sur chaque fournisseur (core/matching/renderFacts.ts)
fact-price-under = { $price }, sous votre { $target }
fact-price-partly = { $price }, le bas de la fourchette sous votre { $target }
fact-price-near = { $price }, légèrement au-dessus de votre { $target }
fact-price-above = { $price }, au-dessus de votre cible de { $target }
fact-price-incomparable = { $price }, pas comparable avec votre { $target }
fact-price-unknown = prix non indiqué
fact-price-stated = prix { $price }
fact-moq-fits = MOQ { $moq } compatible avec vos { $quantity }
fact-moq-above = MOQ { $moq }, au-dessus de vos { $quantity }
fact-moq-incomparable = MOQ { $moq }, pas comparable avec vos { $quantity }
fact-moq-unknown = MOQ non indiqué
fact-moq-stated = MOQ { $moq }
fact-container = en comptant { $count } × { $size } pieds ≈ { $tons } t ou { $litres } L de liquide
fact-pack = conditionnement : { $pack }
fact-pack-small = conditionnement : { $pack }, un format de détail pour cette quantité
fact-pack-large = conditionnement : { $pack }, plus que toute votre commande
fact-lead-before = { $days } jours, avant votre échéance du { $deadline }
fact-lead-after = { $days } jours, après votre échéance ({ $deadline })
fact-lead-unknown = délai non indiqué
fact-lead-stated = délai { $days } jours
fact-certs-ok = certifié { $certs }
fact-certs-missing = non certifié { $certs } (détient : { $held })
fact-certs-held = certifications : { $certs }
fact-ships-ok = exporte vers : { $country }
fact-ships-no = n'exporte pas vers : { $country }
fact-ships-unknown = marchés d'export non indiqués ({ $country } ?)
pack-family-drum = fût
pack-family-ibc = IBC
pack-family-flexitank = flexitank
pack-family-bulk_bag = big bag
pack-family-jerrycan = jerrican
pack-family-tin = bidon
pack-family-pail = seau
pack-family-bag = sac
pack-family-bottle = bouteille
pack-family-jar = pot
pack-family-carton = carton
unit-pcs = pièces
unit-carton = cartons
unit-pallet = palettes
unit-container20 = × 20 pieds
unit-container40 = × 40 pieds
