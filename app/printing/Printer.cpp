#include "Printer.h"

namespace bt::app {

Printer::~Printer() = default;

} // namespace bt::app
