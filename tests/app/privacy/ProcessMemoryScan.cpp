#include "ProcessMemoryScan.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <algorithm>
#include <cstring>

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

namespace bt::test {

namespace {

struct Pattern
{
    QString text;
    QString variant;
    QString encoding;
    QByteArray bytes;
};

std::vector<Pattern> patternsFor(const QStringList& texts)
{
    std::vector<Pattern> patterns;
    for (const QString& text : texts) {
        QStringList variants{text};
        if (text.toLower() != text) {
            variants.append(text.toLower());
        }
        for (const QString& variant : variants) {
            patterns.push_back({text, variant, QStringLiteral("UTF-8"), variant.toUtf8()});
            patterns.push_back({text,
                                variant,
                                QStringLiteral("UTF-16LE"),
                                QByteArray(reinterpret_cast<const char*>(variant.utf16()), variant.size() * 2)});
        }
    }
    return patterns;
}

// The stack pointer of every thread that sits in a system call (all of them, while the child
// waits on its standard input), by thread name: /proc/<pid>/task/<tid>/syscall ends "sp pc".
QMap<quint64, QString> threadStackPointers(qint64 pid)
{
    QMap<quint64, QString> pointers;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile syscall(tasks.filePath(tid + QStringLiteral("/syscall")));
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!syscall.open(QIODevice::ReadOnly) || !comm.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> fields = syscall.readAll().simplified().split(' ');
        if (fields.size() < 9) {
            continue; // "running", or no access
        }
        bool ok = false;
        const quint64 sp = fields[7].toULongLong(&ok, 16);
        if (ok) {
            pointers.insert(sp, QString::fromUtf8(comm.readAll().trimmed()) + QStringLiteral(" (") + tid + u')');
        }
    }
    return pointers;
}

std::vector<MemoryRegion> readableRegions(qint64 pid, QString* error)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(maps.fileName(), maps.errorString());
        return {};
    }
    const QMap<quint64, QString> stacks = threadStackPointers(pid);
    std::vector<MemoryRegion> regions;
    // Lines look like: 7f1c2d000000-7f1c2d021000 rw-p 00000000 00:00 0    [heap]
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || !fields[1].startsWith('r')) {
            continue;
        }
        const QList<QByteArray> range = fields[0].split('-');
        MemoryRegion region;
        region.start = range.value(0).toULongLong(nullptr, 16);
        region.end = range.value(1).toULongLong(nullptr, 16);
        region.permissions = QString::fromLatin1(fields[1]);
        region.name = fields.size() > 5 ? QString::fromUtf8(line.mid(line.indexOf(fields[5]))) : QString();
        // The kernel's own pages: [vvar] cannot be read, [vsyscall] is the same in every process.
        if (region.name == QLatin1String("[vvar]") || region.name == QLatin1String("[vsyscall]")) {
            continue;
        }
        for (auto it = stacks.cbegin(); it != stacks.cend(); ++it) {
            if (it.key() >= region.start && it.key() < region.end) {
                region.stackPointer = it.key();
                if (region.name.isEmpty()) {
                    region.name = QStringLiteral("stack of thread ") + it.value();
                }
            }
        }
        if (region.name.isEmpty()) {
            region.name = QStringLiteral("anonymous");
        }
        regions.push_back(region);
    }
    return regions;
}

QString printable(const QByteArray& bytes)
{
    QString shown;
    for (const char byte : bytes) {
        shown += byte >= 0x20 && byte < 0x7f ? QChar::fromLatin1(byte) : u'.';
    }
    return shown;
}

} // namespace

MemoryScanResult scanProcessMemory(qint64 pid, const QStringList& texts)
{
    MemoryScanResult result;
    const std::vector<MemoryRegion> regions = readableRegions(pid, &result.error);
    if (!result.error.isEmpty()) {
        return result;
    }
    const QByteArray path = QStringLiteral("/proc/%1/mem").arg(pid).toLocal8Bit();
    const int memory = ::open(path.constData(), O_RDONLY);
    if (memory < 0) {
        result.error = QStringLiteral("cannot open %1: %2")
                           .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(strerror(errno)));
        return result;
    }
    const std::vector<Pattern> patterns = patternsFor(texts);
    // Chunks overlap by less than the longest pattern, so nothing is missed at a border; a short
    // pattern inside the overlap is found twice and counted once.
    qsizetype overlap = 0;
    for (const Pattern& pattern : patterns) {
        overlap = std::max(overlap, pattern.bytes.size() - 1);
    }
    constexpr qsizetype chunkSize = 4 << 20;
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (const MemoryRegion& region : regions) {
        std::vector<quint64> lastFound(patterns.size(), 0);
        for (quint64 offset = region.start; offset < region.end;) {
            const qsizetype length = static_cast<qsizetype>(std::min<quint64>(chunkSize, region.end - offset));
            const ssize_t got =
                ::pread(memory, chunk.data(), static_cast<std::size_t>(length), static_cast<off_t>(offset));
            if (got <= 0) {
                break; // a device mapping, or pages that went away: nothing to read there
            }
            result.bytesScanned += static_cast<quint64>(got);
            const char* begin = chunk.constData();
            const char* end = begin + got;
            for (std::size_t p = 0; p < patterns.size(); ++p) {
                const QByteArray& needle = patterns[p].bytes;
                const char* from = begin;
                while (const void* hit = memmem(from,
                                                static_cast<std::size_t>(end - from),
                                                needle.constData(),
                                                static_cast<std::size_t>(needle.size()))) {
                    const char* at = static_cast<const char*>(hit);
                    from = at + 1;
                    const quint64 address = offset + static_cast<quint64>(at - begin);
                    if (address <= lastFound[p] && lastFound[p] != 0) {
                        continue;
                    }
                    lastFound[p] = address;
                    const qsizetype before = std::min<qsizetype>(48, at - begin);
                    const qsizetype after = std::min<qsizetype>(needle.size() + 48, end - at);
                    result.occurrences.push_back({patterns[p].text,
                                                  patterns[p].variant,
                                                  patterns[p].encoding,
                                                  region,
                                                  address,
                                                  QByteArray(at - before, before + after),
                                                  before});
                }
            }
            if (got < length || offset + static_cast<quint64>(length) >= region.end) {
                break;
            }
            offset += static_cast<quint64>(length - overlap);
        }
        ++result.regionsScanned;
    }
    ::close(memory);
    return result;
}

qsizetype occurrencesOf(const MemoryScanResult& result, const QString& text)
{
    return std::count_if(result.occurrences.cbegin(), result.occurrences.cend(), [&text](const MemoryOccurrence& o) {
        return o.text == text;
    });
}

QString describeOccurrences(const std::vector<MemoryOccurrence>& occurrences, bool withNeighbourhood)
{
    // Grouped by what was found and where, in the order found.
    std::vector<std::vector<const MemoryOccurrence*>> groups;
    for (const MemoryOccurrence& occurrence : occurrences) {
        auto group = std::find_if(groups.begin(), groups.end(), [&occurrence](const auto& g) {
            return g.front()->variant == occurrence.variant && g.front()->encoding == occurrence.encoding &&
                   g.front()->region.start == occurrence.region.start;
        });
        if (group == groups.end()) {
            groups.push_back({&occurrence});
        } else {
            group->push_back(&occurrence);
        }
    }
    QStringList lines;
    for (const std::vector<const MemoryOccurrence*>& group : groups) {
        const MemoryOccurrence& first = *group.front();
        QString line = QStringLiteral("\"%1\" %2: %3 in %4-%5 %6 %7")
                           .arg(first.variant, first.encoding)
                           .arg(group.size())
                           .arg(first.region.start, 0, 16)
                           .arg(first.region.end, 0, 16)
                           .arg(first.region.permissions, first.region.name);
        if (first.region.stackPointer != 0) {
            QStringList depths;
            for (const MemoryOccurrence* occurrence : group) {
                const quint64 sp = occurrence->region.stackPointer;
                depths.append(occurrence->address < sp
                                  ? QString::number(sp - occurrence->address) + QStringLiteral(" below")
                                  : QString::number(occurrence->address - sp) + QStringLiteral(" above"));
            }
            line += QStringLiteral(" (bytes from the stack pointer: %1)").arg(depths.join(QStringLiteral(", ")));
        }
        if (withNeighbourhood) {
            line += QStringLiteral("\n    near 0x%1: %2").arg(first.address, 0, 16).arg(printable(first.neighbourhood));
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace bt::test
