#include "Logging.h"

Q_LOGGING_CATEGORY(lcTools, "bt.tools", QtInfoMsg)
