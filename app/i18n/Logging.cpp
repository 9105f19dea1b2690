#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppI18n, "bt.app.i18n", QtInfoMsg)
