// The .qm files are compiled into this library as Qt resources; this function makes sure the
// linker keeps them (a static library's resource initialiser is otherwise dropped).
#include <QtGlobal>

void btInitTranslationsResource()
{
    Q_INIT_RESOURCE(translations);
}
