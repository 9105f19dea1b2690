#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppJourney, "bt.app.journey", QtInfoMsg)
