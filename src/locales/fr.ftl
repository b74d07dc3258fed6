# Caravan — chaînes françaises.
error-generic = Désolé, un problème est survenu de notre côté. Merci de réessayer dans un instant.
