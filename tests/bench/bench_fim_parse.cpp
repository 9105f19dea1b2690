// FIM parse benchmark (DESIGN.md: parse S00000121_BlaueKarte.xml < 5 ms on the 2-core machine).
// Parses the file from memory many times with the shipped code lists, as the terminal does when a
// citizen starts the service, and prints the median. Prints numbers; never fails on a slow machine.
#include "CodeListRegistry.h"
#include "SchemaParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

void btInitTerminalResources();

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    btInitTerminalResources();
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 200;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || runs < 1) {
        std::fprintf(stderr, "usage: bench_fim_parse SCHEMA.xml [RUNS]\n");
        return 1;
    }
    const QByteArray xml = file.readAll();
    bt::forms::SchemaError error;
    QElapsedTimer timer;
    timer.start();
    const std::optional<bt::forms::CodeListRegistry> codeLists =
        bt::forms::CodeListRegistry::load(QString::fromLatin1(bt::forms::CodeListRegistry::shippedDirectory), &error);
    const double codeListsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!codeLists) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    std::vector<double> times;
    std::size_t fields = 0;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const std::optional<bt::forms::FormSchema> schema =
            bt::forms::SchemaParser::parse(xml, path, &*codeLists, &error);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!schema) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        fields = static_cast<std::size_t>(schema->fieldsById().size());
    }
    std::sort(times.begin(), times.end());
    std::printf("fim parse benchmark: %s (%lld KiB, %zu distinct fields), %d runs: median %.3f ms, best %.3f ms, "
                "worst %.3f ms (budget < 5 ms); loading the shipped code lists once: %.3f ms\n",
                qPrintable(path.section(u'/', -1)),
                static_cast<long long>(xml.size() / 1024),
                fields,
                runs,
                times[times.size() / 2],
                times.front(),
                times.back(),
                codeListsMs);
    return 0;
}
