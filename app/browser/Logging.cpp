#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppBrowser, "bt.app.browser", QtInfoMsg)
