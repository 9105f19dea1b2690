#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppCatalog, "bt.app.catalog", QtInfoMsg)
