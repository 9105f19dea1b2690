#include "FormsLogging.h"

Q_LOGGING_CATEGORY(lcForms, "bt.forms", QtInfoMsg)
