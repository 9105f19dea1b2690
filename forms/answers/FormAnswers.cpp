#include "FormAnswers.h"

#include <QStringView>

#include <algorithm>
#include <vector>

namespace bt::forms {

namespace {

struct Segment
{
    QStringView groupId;
    int index = -1; // -1: malformed
};

Segment segmentOf(QStringView text)
{
    const qsizetype hash = text.lastIndexOf(u'#');
    if (hash <= 0) {
        return {text, -1};
    }
    bool ok = false;
    const int index = text.mid(hash + 1).toInt(&ok);
    return {text.left(hash), ok && index >= 0 ? index : -1};
}

// Overwrites a text's characters when no one else shares them (writing to a shared one would
// only detach a copy).
void overwrite(QString& text)
{
    if (text.isDetached() && !text.isEmpty()) {
        std::fill(text.data(), text.data() + text.size(), QChar(u'\0'));
    }
    text.clear();
}

bool isAtOrBelow(const QString& path, const QString& occurrence)
{
    return path == occurrence || (path.startsWith(occurrence) && path.at(occurrence.size()) == u'/');
}

} // namespace

bool FormAnswers::PathOrder::operator()(const QString& a, const QString& b) const
{
    // Segment by segment, so that a parent comes before its children and "G#2" before "G#10".
    const auto left = QStringView(a).split(u'/', Qt::SkipEmptyParts);
    const auto right = QStringView(b).split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        const Segment x = segmentOf(left[i]);
        const Segment y = segmentOf(right[i]);
        if (const int byGroup = x.groupId.compare(y.groupId); byGroup != 0) {
            return byGroup < 0;
        }
        if (x.index != y.index) {
            return x.index < y.index;
        }
        if (x.index < 0) { // both malformed the same way: fall back to the text
            if (const int byText = left[i].compare(right[i]); byText != 0) {
                return byText < 0;
            }
        }
    }
    if (left.size() != right.size()) {
        return left.size() < right.size();
    }
    return a < b; // only differs for paths with empty segments; keeps the order strict
}

QString FormAnswers::occurrencePath(const QString& parent, const QString& groupId, int index)
{
    const QString own = groupId + u'#' + QString::number(index);
    return parent.isEmpty() ? own : parent + u'/' + own;
}

bool FormAnswers::splitPath(const QString& path, QString* parent, QString* groupId, int* index)
{
    if (path.isEmpty()) {
        return false;
    }
    const qsizetype slash = path.lastIndexOf(u'/');
    const Segment last = segmentOf(QStringView(path).mid(slash + 1));
    if (last.index < 0 || slash == 0) {
        return false;
    }
    *parent = slash < 0 ? QString() : path.left(slash);
    *groupId = last.groupId.toString();
    *index = last.index;
    return true;
}

void FormAnswers::ensureOccurrence(const QString& path)
{
    // Creating a nested occurrence creates the occurrences above it.
    QString current = path;
    while (!current.isEmpty() && m_occurrences.find(current) == m_occurrences.end()) {
        m_occurrences.emplace(current, Answers());
        const qsizetype slash = current.lastIndexOf(u'/');
        current = slash < 0 ? QString() : current.left(slash);
    }
}

void FormAnswers::dropEmptyRoot()
{
    const auto root = m_occurrences.find(QString());
    if (root != m_occurrences.end() && root->second.isEmpty()) {
        m_occurrences.erase(root); // the root exists anyway; no entry keeps equality simple
    }
}

void FormAnswers::setValue(const QString& path, const QString& fieldId, const QString& value)
{
    if (value.isEmpty()) {
        const auto found = m_occurrences.find(path);
        if (found != m_occurrences.end()) {
            found->second.remove(fieldId);
        }
        dropEmptyRoot();
        return;
    }
    ensureOccurrence(path);
    m_occurrences[path].insert(fieldId, value);
}

QString FormAnswers::value(const QString& path, const QString& fieldId) const
{
    const auto found = m_occurrences.find(path);
    return found == m_occurrences.end() ? QString() : found->second.value(fieldId);
}

Answers FormAnswers::answers(const QString& path) const
{
    const auto found = m_occurrences.find(path);
    return found == m_occurrences.end() ? Answers() : found->second;
}

void FormAnswers::setAnswers(const QString& path, const Answers& answers)
{
    ensureOccurrence(path);
    Answers& target = m_occurrences[path];
    target.clear();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().isEmpty()) {
            target.insert(it.key(), it.value());
        }
    }
    dropEmptyRoot();
}

bool FormAnswers::hasOccurrence(const QString& path) const
{
    return path.isEmpty() || m_occurrences.find(path) != m_occurrences.end();
}

QStringList FormAnswers::occurrences(const QString& parent, const QString& groupId) const
{
    QStringList paths;
    for (int index = 0;; ++index) {
        QString path = occurrencePath(parent, groupId, index);
        if (m_occurrences.find(path) == m_occurrences.end()) {
            return paths;
        }
        paths.append(std::move(path));
    }
}

int FormAnswers::occurrenceCount(const QString& parent, const QString& groupId) const
{
    return static_cast<int>(occurrences(parent, groupId).size());
}

QString FormAnswers::addOccurrence(const QString& parent, const QString& groupId)
{
    const QString path = occurrencePath(parent, groupId, occurrenceCount(parent, groupId));
    ensureOccurrence(path);
    return path;
}

bool FormAnswers::removeOccurrence(const QString& parent, const QString& groupId, int index)
{
    const int count = occurrenceCount(parent, groupId);
    if (index < 0 || index >= count) {
        return false;
    }
    const QString removed = occurrencePath(parent, groupId, index);
    for (auto it = m_occurrences.begin(); it != m_occurrences.end();) {
        if (isAtOrBelow(it->first, removed)) {
            for (QString& text : it->second) {
                overwrite(text);
            }
            it = m_occurrences.erase(it);
        } else {
            ++it;
        }
    }
    for (int later = index + 1; later < count; ++later) {
        const QString from = occurrencePath(parent, groupId, later);
        const QString to = occurrencePath(parent, groupId, later - 1);
        std::vector<QString> moving;
        for (const auto& [path, answers] : m_occurrences) {
            if (isAtOrBelow(path, from)) {
                moving.push_back(path);
            }
        }
        for (const QString& path : moving) {
            auto node = m_occurrences.extract(path);
            node.key() = to + path.mid(from.size());
            m_occurrences.insert(std::move(node));
        }
    }
    return true;
}

void FormAnswers::wipe()
{
    for (auto& [path, answers] : m_occurrences) {
        for (QString& text : answers) {
            overwrite(text);
        }
    }
    m_occurrences.clear();
}

} // namespace bt::forms
