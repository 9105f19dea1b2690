#include "WizardScreens.h"

#include <QHash>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace bt::test {

namespace {

// A screenshot that shows something: not one colour, not an empty frame. Sampled on a grid.
bool looksRendered(const QImage& image, QString* why)
{
    if (image.isNull() || image.width() < 200 || image.height() < 100) {
        *why = QStringLiteral("empty or tiny image");
        return false;
    }
    QHash<QRgb, int> colours;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            ++colours[image.pixel(x, y)];
            ++samples;
        }
    }
    const int commonest = *std::max_element(colours.cbegin(), colours.cend());
    // Anti-aliased text alone gives dozens of shades; a blank page has one or two.
    if (colours.size() < 16 || commonest > samples * 99 / 100) {
        *why = QStringLiteral("%1 colours, the commonest on %2 of %3 samples")
                   .arg(colours.size())
                   .arg(commonest)
                   .arg(samples);
        return false;
    }
    return true;
}

} // namespace

WizardScreens::WizardScreens(const QString& folder)
    : m_folder(folder)
{}

void WizardScreens::prepare()
{
    QVERIFY(m_folder.mkpath(QStringLiteral(".")));
}

void WizardScreens::save(const QImage& image, const QString& name)
{
    QString why;
    QVERIFY2(looksRendered(image, &why), qPrintable(name + QStringLiteral(": ") + why));
    QVERIFY(image.save(m_folder.filePath(m_prefix + name + QStringLiteral(".png"))));
}

void WizardScreens::saveWindow(QWidget& window, const QString& name)
{
    save(window.grab().toImage(), name);
}

} // namespace bt::test
