#include "WorkflowLogging.h"

Q_LOGGING_CATEGORY(lcWorkflowJourney, "bt.app.workflow.journey")
Q_LOGGING_CATEGORY(lcWorkflowForm, "bt.app.workflow.form")
Q_LOGGING_CATEGORY(lcWorkflowDrafts, "bt.app.workflow.drafts")
Q_LOGGING_CATEGORY(lcWorkflowBrowser, "bt.app.workflow.browser")
