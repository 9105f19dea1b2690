#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace bt::test {

// One mapping of a process, as /proc/<pid>/maps lists it; `name` is its path or [heap], [stack],
// "stack of thread <name>" for the anonymous mapping a thread's stack pointer is in, or
// "anonymous".
struct MemoryRegion
{
    quint64 start = 0;
    quint64 end = 0;
    QString permissions;
    QString name;
    quint64 stackPointer = 0; // of the thread whose stack this is; 0 for other mappings
};

// Where one text was found in one encoding, in one mapping.
struct MemoryFinding
{
    QString text;     // as asked for
    QString variant;  // what was found: the text or its lower case
    QString encoding; // "UTF-8" or "UTF-16LE"
    MemoryRegion region;
    std::vector<quint64> addresses;
    QByteArray neighbourhood; // the bytes around the first occurrence, to tell what holds it
};

struct MemoryScanResult
{
    std::vector<MemoryFinding> findings;
    quint64 bytesScanned = 0;
    int regionsScanned = 0;
    QString error; // the process could not be read at all
};

// Reads every readable mapping of a process through /proc/<pid>/mem (the caller must be allowed
// to trace it: its parent, or root) and finds each text in UTF-8 and UTF-16LE, as given and in
// lower case.
[[nodiscard]] MemoryScanResult scanProcessMemory(qint64 pid, const QStringList& texts);

// How often `text` was found, over all mappings and encodings.
[[nodiscard]] qsizetype occurrencesOf(const MemoryScanResult& result, const QString& text);

// One line per finding: text, encoding, count, mapping (range, name), and for stacks how far
// below the stack pointer; with the neighbouring bytes when `withNeighbourhood`.
[[nodiscard]] QString describeFindings(const MemoryScanResult& result, bool withNeighbourhood);

} // namespace bt::test
