#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppSearch, "bt.app.search", QtInfoMsg)
