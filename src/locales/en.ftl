# Caravan — English strings. Keys are shared by every channel.
error-generic = Sorry, something went wrong on our side. Please try again in a moment.
