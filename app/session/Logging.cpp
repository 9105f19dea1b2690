#include "Logging.h"

Q_LOGGING_CATEGORY(lcAppSession, "bt.app.session", QtInfoMsg)
