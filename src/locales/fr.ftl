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
tg-btn-watch = 🔔 Prévenez-moi quand un vendeur le propose
tg-watch-on = C'est noté : je vous écris ici dès qu'un vendeur propose { $product } (pendant { $days } jours).
tg-watch-on-unnamed = C'est noté : je vous écris ici dès qu'un vendeur correspond à cette demande (pendant { $days } jours).
tg-watch-hit = Bonne nouvelle : un vendeur propose maintenant { $product }. Appuyez sur le bouton pour voir qui correspond à votre demande.
tg-watch-hit-unnamed = Bonne nouvelle : votre demande trouve maintenant des fournisseurs. Appuyez sur le bouton pour les voir.
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
discord-language-set = Caravan vous écrit désormais en français : réponses, fiches de demande et messages des fils.
discord-language-unknown = Choisissez l'une des langues proposées : { $languages }.
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
suggest-no_fit-no_product-none = Aucun vendeur du catalogue ne propose encore { $product }.
suggest-no_fit-no_certificate = Aucun vendeur de { $product } du catalogue n'est certifié { $certs }. Les produits les plus proches, sans cette certification : { $near }.
suggest-no_fit-no_certificate-none = Aucun vendeur de { $product } du catalogue n'est certifié { $certs }.
suggest-no_fit-no_product-unnamed = Rien dans nos catalogues ne convient encore à cette demande. Les produits les plus proches : { $near }.
suggest-no_fit-no_product-unnamed-none = Rien dans nos catalogues ne convient encore à cette demande.
suggest-no_fit-no_certificate-unnamed = Rien dans nos catalogues ne convient à cette demande : aucun produit de ce type n'est certifié { $certs }. Les produits les plus proches, sans cette certification : { $near }.
suggest-no_fit-no_certificate-unnamed-none = Rien dans nos catalogues ne convient à cette demande : aucun produit de ce type n'est certifié { $certs }.
reason-moq_ok_approx = MOQ { $moq } compatible avec vos { $quantity } (en comptant { $assumption })
reason-moq_above_approx = MOQ { $moq } supérieur à vos { $quantity } (en comptant { $assumption })
reason-pack_ok = conditionnement de { $pack } adapté à votre quantité
reason-pack_small = conditionnement de détail ({ $pack }) pour une commande en vrac
reason-pack_large = conditionnement de { $pack } plus grand que toute votre commande
reason-pack_asked = dans le conditionnement demandé : { $pack }
reason-pack_other = autre conditionnement que celui demandé : { $pack }
## Request understanding: languages (src/core/extraction/languageSupport.ts)
language-unsupported = Je ne lis pas encore le { $language }. Caravan comprend : { $languages }. Écrivez votre demande dans l'une de ces langues.
language-fallback = Je ne sais pas encore écrire en { $language }, je réponds donc en anglais.
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

## seller self-service catalog upload (Discord /catalog, the playground desk)
catalog-report-title = Import du catalogue { $file } ({ $date })
catalog-report-counts = { $read } lignes lues : { $created } nouvelles, { $updated } mises à jour, { $unchanged } inchangées, { $rejected } refusées.
catalog-report-empty = Le fichier ne contient aucune ligne de produit.
catalog-report-rejected = Lignes refusées (où — pourquoi), corrigez-les puis renvoyez le fichier :
catalog-report-warnings = Importées, mais à vérifier (où — quoi) ; corrigez-les dans votre fichier quand vous pourrez :
catalog-report-more = … et { $count } de plus.
catalog-report-file-error = Rien n'a été importé : { $reason }
catalog-report-file-broke-off = Le fichier n'a pas pu être lu jusqu'au bout : { $reason }. Les lignes précédentes ont peut-être été importées ; corrigez le fichier et renvoyez-le (les lignes inchangées sont ignorées).
catalog-report-other-seller = la colonne vendeur indique « { $named } », mais vous importez pour { $seller } : vous ne pouvez modifier que vos propres produits (supprimez cette colonne ou écrivez-y { $seller })
# Pourquoi une ligne du catalogue a été refusée (ou ce qui y a été changé), un code chacun. Les noms de colonnes sont ceux du fichier.
catalog-row-required-empty = { $column } est vide (obligatoire)
catalog-row-too-long = { $column } dépasse { $max } caractères
catalog-row-not-a-number = { $column } doit être un nombre (utilisez le point . pour les décimales, sans symbole monétaire)
catalog-row-negative = { $column } ne peut pas être négatif
catalog-row-too-large = { $column } est beaucoup trop grand (plus de { $max })
catalog-row-not-whole = { $column } doit être un nombre entier
catalog-row-moq-zero = moq doit être supérieur à 0 (laissez la case vide s'il n'y a pas de minimum)
catalog-row-price-min-above-max = price_min ({ $min }) est supérieur à price_max ({ $max })
catalog-row-unknown-unit = l'unité « { $value } » est inconnue ; utilisez l'une de celles-ci : { $units }
catalog-row-bad-currency = la devise « { $value } » n'est pas un code ISO à 3 lettres (par ex. USD, EUR, CAD, MAD)
catalog-row-price-without-currency = un prix est indiqué sans devise
catalog-row-bad-country = { $column } « { $value } » n'est pas un code pays à 2 lettres (par ex. CA, MA)
catalog-row-bad-ships-to = ships_to « { $value } » n'est pas un code pays à 2 lettres ni *
catalog-row-duplicate-sku = la référence « { $sku } » figure deux fois pour { $seller } (d'abord à la ligne { $firstLine })
catalog-row-field-count = la ligne a { $fields } champs mais l'en-tête en a { $expected } (une virgule ou un guillemet en trop ou manquant ?)
catalog-row-invalid-utf8 = { $column } contient des caractères qui ne sont pas en UTF-8 valide : retapez ses lettres accentuées ou enregistrez le fichier en UTF-8
catalog-row-item-too-long = cet élément fait { $chars } caractères ; au plus { $max } sont lus par produit
catalog-row-item-not-json = cet élément n'est pas du JSON valide
catalog-row-item-not-object = chaque élément doit être un objet dont les clés sont les colonnes du catalogue
catalog-row-item-too-many-keys = cet élément a { $keys } clés ; au plus { $max } sont lues par produit
catalog-row-row-too-long = cette ligne dépasse { $max } caractères (un guillemet non fermé ?) ; la suite du fichier n'a pas été lue
catalog-row-csv-syntax = le CSV est mal formé à cet endroit, la suite du fichier n'a donc pas été lue ({ $detail })
catalog-row-shopify-no-handle = Handle est vide : chaque ligne Shopify appartient à un produit
catalog-row-shopify-orphan-handle = Handle « { $handle } » prolonge un produit dont la première ligne (avec son Title) manque
catalog-row-woo-orphan-variation = variation d'un parent inconnu « { $parent } » (le produit variable doit venir avant)
catalog-row-control-chars-removed = { $column } : { $count ->
    [one] { $count } caractère de contrôle invisible supprimé
   *[other] { $count } caractères de contrôle invisibles supprimés
}
catalog-row-description-truncated = description raccourcie de { $from } à { $to } caractères
catalog-row-attributes-not-json = attributes n'est pas un objet JSON (par ex. {"{"}"grade":"extra vierge"{"}"}) ; conservé comme texte sous « details »
catalog-row-extra-columns-dropped = { $count ->
    [one] { $count } colonne supplémentaire non conservée
   *[other] { $count } colonnes supplémentaires non conservées
} : les détails supplémentaires sont limités à { $max } caractères
catalog-row-moq-without-unit = moq n'a pas d'unité
catalog-row-formula-text = { $column } ressemble à une formule de tableur ; enregistré comme texte brut
# Ce qui ne va pas dans le fichier entier, et ce que le vendeur peut y changer.
catalog-file-not-found = le fichier est introuvable
catalog-file-not-a-file = ce n'est pas un fichier
catalog-file-empty = le fichier est vide
catalog-file-format-not-read = ce format de tableur n'est pas lu : enregistrez-le en .xlsx (ou en CSV UTF-8)
catalog-file-too-many-columns = la ligne d'en-tête a { $columns } colonnes ; au plus { $max } sont lues (si c'est un CSV, le séparateur est-il bien la virgule ?)
catalog-file-no-header = aucune ligne d'en-tête dans les { $rows } premières lignes (la première ligne contient : { $first }). Une ligne doit nommer les colonnes, au moins la référence du produit et son nom : renommez ces en-têtes dans votre fichier avec des noms que Caravan connaît — { $examples } — puis renvoyez-le.
catalog-file-woo-needs-seller = cet export WooCommerce n'indique aucun vendeur
catalog-file-duplicate-column = les colonnes « { $first } » et « { $second } » signifient toutes deux { $column } : renommez ou supprimez l'une des deux dans votre fichier, puis renvoyez-le.
catalog-file-missing-columns = la colonne obligatoire { $columns } est introuvable (la ligne d'en-tête contient : { $header }). Renommez cet en-tête dans votre fichier avec un nom que Caravan connaît — { $examples } — puis renvoyez-le.
catalog-file-header-too-long = la ligne d'en-tête dépasse { $chars } caractères ; au plus { $max } colonnes sont lues
catalog-file-header-unreadable = la ligne d'en-tête est illisible ({ $detail })
catalog-file-xlsx-unreadable = le classeur est illisible : ouvrez-le et enregistrez-le à nouveau en .xlsx ({ $detail })
catalog-file-no-sheet-named = aucune feuille ne s'appelle « { $sheet } » (le classeur contient : { $sheets })
catalog-file-no-sheet = le classeur ne contient aucune feuille
catalog-file-json-not-array = le fichier est en JSON mais n'est pas une liste de produits : attendu [ {"{"}…{"}"}, {"{"}…{"}"} ]
catalog-file-json-text-after-array = du texte inattendu suit le ] final à la ligne { $line }
catalog-file-json-not-closed = la liste JSON n'est pas fermée (le fichier est-il tronqué ?)
# Remarques sur un fichier importé, un code chacune (core/catalog/fileWarnings.ts).
catalog-warn-skipped-above-header = { $count ->
    [one] 1 ligne ignorée au-dessus de l'en-tête (ligne { $lines }) : un titre ou des notes
   *[other] { $count } lignes ignorées au-dessus de l'en-tête (lignes { $lines }) : un titre ou des notes
}
catalog-warn-shop-export = lu comme un export de produits { $format }
catalog-warn-shop-no-currency = les exports { $format } n'indiquent pas de devise, les prix ont donc été laissés de côté : pour afficher vos prix, envoyez votre catalogue en CSV avec des colonnes prix et devise
catalog-warn-seller-column-used = le fichier a une colonne vendeur ({ $column }) : chaque ligne doit nommer votre entreprise ou la laisser vide
catalog-warn-unknown-columns = { $count ->
    [one] la colonne { $columns } n'est pas une colonne que Caravan connaît : conservée comme détail supplémentaire de chaque produit (si c'est un prix, une quantité ou autre, renommez son en-tête)
   *[other] les colonnes { $columns } ne sont pas des colonnes que Caravan connaît : conservées comme détails supplémentaires de chaque produit (si l'une est un prix, une quantité ou autre, renommez son en-tête)
}
catalog-warn-unknown-key = la clé « { $key } » n'est pas une clé que Caravan connaît : conservée comme détail supplémentaire de chaque produit
catalog-warn-columns-renamed = colonnes lues comme : { $columns } (vérifiez que chacune est juste)
catalog-warn-latin1 = le fichier n'est pas en UTF-8 : il a été lu en Latin-1 (Windows-1252) ; enregistrez-le en UTF-8 pour être sûr que les accents sont justes
catalog-warn-invalid-utf8-rows = le fichier est en UTF-8 mais certaines lignes contiennent des octets qui ne le sont pas : ces lignes ont été refusées, le reste a été lu
catalog-upload-too-big = Ce fichier fait { $size } Mo ; la limite est de { $limit } Mo. Découpez le catalogue en plusieurs fichiers ou retirez les colonnes inutiles.
catalog-upload-wrong-type = « { $file } » n'est pas un fichier de catalogue que Caravan sait lire. Envoyez un CSV (UTF-8), un JSON (une liste de produits) ou un Excel .xlsx ; un export produits Shopify ou WooCommerce (.csv) convient aussi. Pour une feuille .ods ou .xls, enregistrez-la d'abord en .xlsx.
catalog-upload-wrong-content = « { $file } » ne contient pas ce que son nom annonce ({ $type }) : ouvrez-le, enregistrez-le à nouveau en { $type } et envoyez ce fichier.
catalog-upload-empty = Ce fichier est vide.
catalog-upload-no-file = Joignez votre fichier de catalogue à /catalog upload (CSV, JSON, .xlsx ou export de boutique, jusqu'à { $limit } Mo).
catalog-upload-download-failed = Le fichier n'a pas pu être téléchargé. Veuillez réessayer.
catalog-status = { $seller } a { $products ->
        [one] { $products } produit
       *[other] { $products } produits
    } sur Caravan.
catalog-status-no-import = Aucun import pour l'instant : envoyez votre catalogue avec /catalog upload (CSV, JSON, .xlsx ou export de boutique, jusqu'à { $limit } Mo).
catalog-status-last = Dernier import :
pg-desk-catalog = Votre catalogue
pg-desk-catalog-hint = Importez un CSV, un JSON, un .xlsx ou un export Shopify/WooCommerce (jusqu'à { $limit } Mo). Les produits sont ajoutés ou mis à jour pour le vendeur que vous incarnez ; le fichier ne peut pas nommer un autre vendeur.
pg-desk-catalog-file = Fichier du catalogue
pg-desk-catalog-upload = Importer
pg-desk-catalog-uploading = Import en cours…
# Playground seller desk (its labels, forms, announcements and errors)
pg-desk-title = Bureau vendeur
pg-desk-sub = Les fils de prospects d'un vendeur, comme dans Discord
pg-desk-play-label = Jouer le vendeur
pg-desk-play = Jouer ce vendeur
pg-desk-pick-seller = Choisissez un vendeur de démonstration pour voir ses prospects.
pg-desk-leads-title = Fils de prospects
pg-desk-lead-label = Prospect sélectionné
pg-desk-pick-seller-lead = Choisissez un vendeur, puis un prospect.
pg-desk-pick-lead = Choisissez un prospect.
pg-desk-send-quote = Envoyer un devis
pg-desk-revise-quote = Modifier le devis
pg-desk-decline = Refuser le prospect
pg-desk-share-contact = Partager mes coordonnées
pg-desk-message-label = Message à l'acheteur
pg-desk-send = Envoyer
pg-desk-ask = Poser comme question
pg-desk-cancel = Annuler
pg-desk-quote-title = Envoyer un devis
pg-desk-unit-price = Prix unitaire
pg-desk-currency = Devise
pg-desk-per-unit = Par unité
pg-desk-moq = Commande minimum
pg-desk-lead-time = Délai (jours)
pg-desk-incoterm = Incoterm
pg-desk-incoterm-place = Lieu de l'Incoterm
pg-desk-valid-until = Valable jusqu'au
pg-desk-notes = Remarques
pg-desk-decline-title = Refuser ce prospect
pg-desk-reason = Motif
pg-desk-decline-note = Mot pour l'acheteur (facultatif)
pg-desk-contact-title = Partager vos coordonnées avec cet acheteur
pg-desk-contact-hint = L'acheteur ne les voit qu'une fois qu'il a partagé les siennes. Elles sont enregistrées comme coordonnées de ce vendeur.
pg-desk-contact-label = Vos coordonnées (nom, e-mail ou téléphone)
pg-desk-author-seller = Vous
pg-desk-author-buyer = Acheteur
pg-desk-author-system = Caravan
pg-desk-kind-question = question
pg-desk-kind-counter_offer = contre-offre
pg-desk-kind-quote = devis
pg-desk-kind-decision = décision
pg-desk-seller-option = { $seller } — produits : { $count }
pg-desk-playing-as = Vous répondez en tant que { $seller }.
pg-desk-now-playing = Vous jouez { $seller }.
pg-desk-no-leads = Pas encore de prospects.
pg-desk-request = Demande
pg-desk-thread = Fil
pg-desk-fact-quantity = Quantité
pg-desk-fact-destination = Destination
pg-desk-fact-incoterm = Incoterm
pg-desk-fact-target-price = Prix cible
pg-desk-fact-deadline = Pour le
pg-desk-fact-certifications = Certifications
pg-desk-fact-buyer = Acheteur
pg-desk-fact-match = Produit retenu
pg-desk-fact-your-quote = Votre devis
pg-desk-fact-contacts = Coordonnées
pg-desk-fact-buyer-contact = Coordonnées de l'acheteur
pg-desk-contact-none = aucune donnée
pg-desk-contacts-exchanged = échangées
pg-desk-contacts-you-agreed = vous avez accepté de partager ; en attente de l'acheteur
pg-desk-contacts-buyer-asks = l'acheteur aimerait échanger les coordonnées
pg-desk-quote-sent = Devis envoyé à l'acheteur.
pg-desk-spam-reported = Signalé comme spam : le prospect est clos et Caravan examinera cet acheteur.
pg-desk-declined = Prospect refusé ; l'acheteur a été prévenu.
pg-desk-contacts-done = Coordonnées échangées avec l'acheteur.
pg-desk-contact-pending = Vos coordonnées seront partagées dès que l'acheteur acceptera aussi.
pg-desk-news-lead = Nouveau prospect.
pg-desk-news-buyer_message = Nouveau message de l'acheteur.
pg-desk-news-counter_offer = L'acheteur a envoyé une contre-offre.
pg-desk-news-quote_accepted = L'acheteur a accepté votre devis.
pg-desk-news-lead_closed = L'acheteur a clos un fil.
pg-desk-news-contact_offer = L'acheteur aimerait échanger les coordonnées.
pg-desk-news-contacts = Coordonnées échangées : celles de l'acheteur sont dans le prospect.
pg-desk-error-contact = Vos coordonnées ne sont pas valides ({ $problem }). Exemple : « Jeanne Dupont, jeanne@example.com, +33 6 12 34 56 78 ».
pg-desk-error-no-seller = Choisissez d'abord le vendeur que vous jouez.
pg-desk-error-not-yours = Ce prospect n'est pas à ce vendeur.
pg-desk-error-unknown-seller = Ce vendeur n'existe pas (ou plus). Choisissez-en un autre.
pg-desk-error-other = Ce n'est pas possible pour le moment.
pg-error-check = Veuillez vérifier : { $problems }
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
per-pcs = pièce
per-carton = carton
per-pallet = palette
per-container20 = conteneur 20 pieds
per-container40 = conteneur 40 pieds

cert-organic = bio
cert-eu-organic = bio UE
cert-usda-organic = USDA Organic
cert-ecocert = Ecocert
cert-halal = halal
cert-kosher = casher
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
