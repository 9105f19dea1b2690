#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace bt::test {

// One mapping of a process, as /proc/<pid>/maps lists it; `name` is its path or [heap], [stack],
// "stack of thread <name> (<tid>)" for the anonymous mapping a thread's stack pointer is in, or
// "anonymous".
struct MemoryRegion
{
    quint64 start = 0;
    quint64 end = 0;
    QString permissions;
    QString name;
    quint64 stackPointer = 0; // of the thread whose stack this is; 0 for other mappings
};

// One place where a text was found.
struct MemoryOccurrence
{
    QString text;     // as asked for
    QString variant;  // what was found: the text or its lower case
    QString encoding; // "UTF-8" or "UTF-16LE"
    MemoryRegion region;
    quint64 address = 0;
    QByteArray neighbourhood; // up to 48 bytes either side, to tell what holds it
    qsizetype offset = 0;     // of the text in `neighbourhood`
};

struct MemoryScanResult
{
    std::vector<MemoryOccurrence> occurrences;
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

// One line per text, encoding and mapping: the count, the mapping's range and name, for stacks
// how far from the stack pointer; with the bytes around the first one when `withNeighbourhood`.
[[nodiscard]] QString describeOccurrences(const std::vector<MemoryOccurrence>& occurrences, bool withNeighbourhood);

} // namespace bt::test
