#pragma once

#include <QString>

namespace bt::app {

// The element of a small list whose id field equals `id`, or null.
template <typename Container, typename Element = typename Container::value_type>
[[nodiscard]] const Element* findById(const Container& elements, const QString& id, QString Element::*field)
{
    for (const Element& element : elements) {
        if (element.*field == id) {
            return &element;
        }
    }
    return nullptr;
}

} // namespace bt::app
