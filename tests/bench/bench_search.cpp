// Search benchmark (DESIGN.md: p99 < 2 ms per keystroke with 10,000 services).
// Builds a catalog of 10,000 services from the shipped one (each copy gets a made-up compound
// word, so the vocabulary grows as in a real large catalog), indexes it, and then types every
// prefix of 200 real queries, timing each search. Prints numbers; never fails on a slow machine.
#include "Catalog.h"
#include "GermanText.h"
#include "OzgTaxonomy.h"
#include "SearchEngine.h"
#include "SearchIndexBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

void btInitTerminalResources();

namespace {

QByteArray generatedCatalog(int count)
{
    QFile shipped(QStringLiteral(":/catalog/catalog.json"));
    shipped.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
    const QJsonArray originals = root.value(QStringLiteral("services")).toArray();
    // Word material for made-up compounds: every word of the shipped names.
    QStringList words;
    for (const QJsonValue& service : originals) {
        for (const QString& word :
             service[QStringLiteral("name")][QStringLiteral("de")].toString().split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() >= 4 && word.front().isUpper()) {
                words.append(word);
            }
        }
    }
    QRandomGenerator random(20261125); // fixed seed: the same catalog every run
    QJsonArray services;
    for (int i = 0; i < count; ++i) {
        QJsonObject service = originals[i % originals.size()].toObject();
        const QString compound = words[random.bounded(static_cast<int>(words.size()))] +
                                 words[random.bounded(static_cast<int>(words.size()))].toLower();
        QJsonObject name = service.value(QStringLiteral("name")).toObject();
        name[QStringLiteral("de")] = name.value(QStringLiteral("de")).toString() + u' ' + compound;
        service[QStringLiteral("name")] = name;
        service[QStringLiteral("key")] = QStringLiteral("local:generated-%1").arg(i);
        services.append(service);
    }
    root[QStringLiteral("services")] = services;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// CPU time of this thread: on a shared build machine the wall time of a keystroke also counts
// the time it waited for a core, which says more about the other builds than about the search.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    btInitTerminalResources();
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QString queriesFile = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();

    bt::app::Failure failure;
    const std::optional<bt::app::OzgTaxonomy> taxonomy = bt::app::OzgTaxonomy::loadShipped(&failure);
    QElapsedTimer timer;
    timer.start();
    const QByteArray json = generatedCatalog(count);
    const std::optional<bt::app::Catalog> catalog = bt::app::Catalog::parse(json, *taxonomy, &failure);
    if (!catalog) {
        std::fprintf(stderr, "generated catalog invalid: %s\n", qPrintable(failure.staffDetail()));
        return 1;
    }
    const double parseMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    QTemporaryDir directory;
    const QString index = directory.filePath(QStringLiteral("index.sqlite"));
    timer.restart();
    if (!bt::app::SearchIndexBuilder::ensure(index, *catalog, {}, &failure)) {
        std::fprintf(stderr, "%s\n", qPrintable(failure.staffDetail()));
        return 1;
    }
    const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    bt::app::SearchEngine engine;
    if (!engine.open(index, &failure)) {
        std::fprintf(stderr, "%s\n", qPrintable(failure.staffDetail()));
        return 1;
    }
    const double openMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    QStringList queries;
    QFile file(queriesFile);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.isEmpty() && !line.startsWith(u'#') && queries.size() < 200) {
                queries.append(line.section(u'\t', 0, 0));
            }
        }
    }
    std::vector<double> latencies;
    std::vector<double> cpuTimes;
    std::vector<std::pair<double, QString>> slowest;
    std::size_t hits = 0;
    for (const QString& query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            const double cpuStart = threadCpuMs();
            timer.restart();
            const bt::app::SearchOutcome outcome = engine.search(query.left(length), 20);
            latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            cpuTimes.push_back(threadCpuMs() - cpuStart);
            slowest.emplace_back(latencies.back(), query.left(length));
            hits += outcome.hits.size();
        }
    }
    std::printf("search benchmark: %d services, catalog parse %.0f ms, index build %.0f ms, index %.1f MiB, "
                "open %.0f ms\n",
                count,
                parseMs,
                buildMs,
                static_cast<double>(QFileInfo(index).size()) / 1048576.0,
                openMs);
    if (!latencies.empty()) {
        std::printf("search benchmark: %zu keystrokes of %lld queries: p50 %.3f ms, p99 %.3f ms, max %.3f ms "
                    "(budget p99 < 2 ms)\n",
                    latencies.size(),
                    static_cast<long long>(queries.size()),
                    percentile(latencies, 50),
                    percentile(latencies, 99),
                    *std::max_element(latencies.begin(), latencies.end()));
        std::printf("search benchmark: CPU time per keystroke: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                    percentile(cpuTimes, 50),
                    percentile(cpuTimes, 99),
                    *std::max_element(cpuTimes.begin(), cpuTimes.end()));
    }
    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::printf("search benchmark: slowest keystrokes:");
    for (std::size_t i = 0;
         i < std::min<std::size_t>(static_cast<std::size_t>(qEnvironmentVariableIntValue("BT_BENCH_SLOWEST") > 0
                                                                ? qEnvironmentVariableIntValue("BT_BENCH_SLOWEST")
                                                                : 8),
                                   slowest.size());
         ++i) {
        std::printf(" \"%s\" %.1f ms;", qPrintable(slowest[i].second), slowest[i].first);
    }
    std::printf("\n");
    return 0;
}
