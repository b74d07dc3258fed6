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
