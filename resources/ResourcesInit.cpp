// Keeps the shipped data in the final binary: a static library's resource initialiser is
// otherwise dropped by the linker. Called once from main() and from tests that need data.
#include <QtGlobal>

void btInitTerminalResources()
{
    Q_INIT_RESOURCE(terminal_resources);
}
