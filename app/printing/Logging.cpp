#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppPrinting, "bt.app.printing", QtInfoMsg)
