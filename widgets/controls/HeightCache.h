#pragma once

#include <array>
#include <cstddef>
#include <utility>

namespace bt::widgets {

// Heights a widget measured for its last few widths, valid while what they depend on (Inputs,
// compared with ==) stays the same. Layouts ask a widget with wrapped text for its height at the
// same width many times during one layout pass; measuring wrapped text means shaping it anew.
template <typename Inputs> class HeightCache
{
public:
    // The height for `width`, from the cache or measured by `measure(width)`.
    template <typename Measure> int heightFor(Inputs now, int width, const Measure& measure)
    {
        if (!(now == m_inputs)) {
            m_inputs = std::move(now);
            m_heights.fill(Entry{});
        }
        for (const Entry& entry : m_heights) {
            if (entry.measured && entry.width == width) {
                return entry.height;
            }
        }
        const int height = measure(width);
        m_heights[m_next] = {true, width, height};
        m_next = (m_next + 1) % m_heights.size();
        return height;
    }

private:
    struct Entry
    {
        bool measured = false;
        int width = 0;
        int height = 0;
    };

    Inputs m_inputs{};
    std::array<Entry, 4> m_heights{};
    std::size_t m_next = 0; // the entry replaced next
};

} // namespace bt::widgets
