#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppConfig, "bt.app.config", QtInfoMsg)
