#include "ConfigLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

void btInitTerminalResources();

using bt::app::ConfigError;
using bt::app::ConfigLoader;
using bt::app::TerminalConfig;

class tst_ConfigLoader : public QObject
{
    Q_OBJECT

private:
    static TerminalConfig defaults()
    {
        std::vector<ConfigError> errors;
        std::optional<TerminalConfig> config = ConfigLoader::load({}, &errors);
        if (!config) {
            qFatal("embedded defaults do not load");
        }
        return *config;
    }

    static QString joined(const std::vector<ConfigError>& errors)
    {
        QStringList lines;
        for (const ConfigError& error : errors) {
            lines.append(error.toString());
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { btInitTerminalResources(); }

    void embeddedDefaults()
    {
        const TerminalConfig config = defaults();
        QCOMPARE(config.terminalId, QStringLiteral("terminal-01"));
        QCOMPARE(config.townName, QStringLiteral("Musterstadt"));
        QCOMPARE(config.defaultLanguage, QStringLiteral("de"));
        QCOMPARE(config.languages, QStringList({QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(config.idleTimeout, std::chrono::seconds(90));
        QCOMPARE(config.countdown, std::chrono::seconds(30));
        QVERIFY(config.theme == bt::widgets::ThemeSettings{});
        QVERIFY(config.coatOfArmsPath.isEmpty());
        QVERIFY(config.browserAllowlist.isEmpty()); // no web site until the operator names one
        QVERIFY(config.onScreenKeyboard);
        QVERIFY(config.draftsPath.isEmpty()); // the user's data folder
        QCOMPARE(config.draftKeepDays, 30);
        QVERIFY(config.printerQueue.isEmpty()); // no printer until the operator names a queue
    }

    void operatorValuesOverrideDefaults()
    {
        std::vector<ConfigError> errors;
        const QByteArray text =
            "; a comment\n# another\n\n[terminal]\nid = rathaus-2\ntown_name = \"  Neustadt  \"\n"
            "[session]\nidle_timeout_seconds=120\n[display]\ncontrast = high\n"
            "text_size = extra-large\non_screen_keyboard = false\n[language]\noffered = en, de\ndefault = en\n"
            "[browser]\nallowed = https://www.elster.de, https://*.nrw.de\n"
            "[drafts]\npath = /var/lib/buergerterminal/drafts.sqlite\nkeep_days = 365\n"
            "[printer]\ncups_queue = Bondrucker_Foyer-1\n";
        const std::optional<TerminalConfig> config =
            ConfigLoader::apply(defaults(), text, QStringLiteral("t.conf"), &errors);
        QVERIFY2(config, qPrintable(joined(errors)));
        QCOMPARE(config->terminalId, QStringLiteral("rathaus-2"));
        QCOMPARE(config->townName, QStringLiteral("  Neustadt  "));
        QCOMPARE(config->idleTimeout, std::chrono::seconds(120));
        QCOMPARE(config->countdown, std::chrono::seconds(30)); // untouched default
        QCOMPARE(config->theme.contrast, bt::widgets::Contrast::High);
        QCOMPARE(config->theme.textSize, bt::widgets::TextSize::ExtraLarge);
        QCOMPARE(config->languages, QStringList({QStringLiteral("en"), QStringLiteral("de")}));
        QCOMPARE(config->defaultLanguage, QStringLiteral("en"));
        QVERIFY(!config->onScreenKeyboard);
        QCOMPARE(config->draftsPath, QStringLiteral("/var/lib/buergerterminal/drafts.sqlite"));
        QCOMPARE(config->draftKeepDays, 365);
        QCOMPARE(config->printerQueue, QStringLiteral("Bondrucker_Foyer-1"));
        QCOMPARE(config->browserAllowlist.entries(),
                 QStringList({QStringLiteral("https://www.elster.de"), QStringLiteral("https://*.nrw.de")}));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // one error, exactly this text

        QTest::newRow("unknown key") << QByteArray("[session]\nidle_timout_seconds = 60\n")
                                     << QStringLiteral("t.conf:2: session.idle_timout_seconds: unknown key");
        QTest::newRow("unknown section") << QByteArray("[toaster]\nname = x\n")
                                         << QStringLiteral("t.conf:2: toaster.name: unknown section [toaster]");
        QTest::newRow("number not a number")
            << QByteArray("\n[session]\nidle_timeout_seconds = soon\n")
            << QStringLiteral("t.conf:3: session.idle_timeout_seconds: \"soon\" is not a whole number of seconds "
                              "from 20 to 1800");
        QTest::newRow("number too small") << QByteArray("[session]\ncountdown_seconds = 1\n")
                                          << QStringLiteral("t.conf:2: session.countdown_seconds: \"1\" is not a whole "
                                                            "number of seconds from 5 to 120");
        QTest::newRow("bad enum") << QByteArray("[display]\ncontrast = dark\n")
                                  << QStringLiteral(
                                         "t.conf:2: display.contrast: \"dark\" is not one of standard, high");
        QTest::newRow("key before section")
            << QByteArray("id = x\n")
            << QStringLiteral("t.conf:1: id: the key stands before the first [section] header");
        QTest::newRow("no equals sign") << QByteArray("[terminal]\nid\n")
                                        << QStringLiteral(
                                               "t.conf:2: expected \"key = value\", a [section] or a comment");
        QTest::newRow("broken section header")
            << QByteArray("[terminal\n") << QStringLiteral("t.conf:1: a section header must look like [name]");
        QTest::newRow("duplicate key") << QByteArray("[terminal]\nid = a\nid = b\n")
                                       << QStringLiteral("t.conf:3: terminal.id: the key is set more than once");
        QTest::newRow("bad id") << QByteArray("[terminal]\nid = two words\n")
                                << QStringLiteral("t.conf:2: terminal.id: \"two words\" is not a valid id (1 to 64 of "
                                                  "A-Z a-z 0-9 . _ -)");
        QTest::newRow("empty town") << QByteArray("[terminal]\ntown_name =\n")
                                    << QStringLiteral("t.conf:2: terminal.town_name: must not be empty");
        QTest::newRow("missing coat of arms file")
            << QByteArray("[terminal]\ncoat_of_arms = /nonexistent/wappen.svg\n")
            << QStringLiteral("t.conf:2: terminal.coat_of_arms: the file \"/nonexistent/wappen.svg\" does not exist "
                              "or cannot be read");
        QTest::newRow("language not shipped")
            << QByteArray("[language]\noffered = de, fr\n")
            << QStringLiteral("t.conf:2: language.offered: \"fr\" is not a shipped language (shipped: de, en)");
        QTest::newRow("default not offered")
            << QByteArray("[language]\noffered = de\ndefault = en\n")
            << QStringLiteral("t.conf: language.default: \"en\" is not among the offered languages (de)");
        QTest::newRow("update key not a key")
            << QByteArray("[catalog]\nupdate_public_key = bm90IGEga2V5\n")
            << QStringLiteral(
                   "t.conf:2: catalog.update_public_key: is not an Ed25519 public key (base64 of its DER form)");
        QTest::newRow("relative path")
            << QByteArray("[search]\nindex = cache/index.sqlite\n")
            << QStringLiteral("t.conf:2: search.index: \"cache/index.sqlite\" must be an absolute path");
        QTest::newRow("popular not a key")
            << QByteArray("[search]\npopular = 99008001012000, Perso\n")
            << QStringLiteral("t.conf:2: search.popular: \"Perso\" is not a service key (14 "
                              "digits or local:<name>)");
        QTest::newRow("staff call not http")
            << QByteArray("[staff_call]\nurl = ftp://call.example/x\n")
            << QStringLiteral("t.conf:2: staff_call.url: \"ftp://call.example/x\" is not an "
                              "http:// or https:// address");
        QTest::newRow("keyboard not a boolean")
            << QByteArray("[display]\non_screen_keyboard = yes\n")
            << QStringLiteral("t.conf:2: display.on_screen_keyboard: \"yes\" is not one of true, false");
        QTest::newRow("browser origin with a path")
            << QByteArray("[browser]\nallowed = https://www.elster.de, https://www.service.bund.de/leistungen\n")
            << QStringLiteral("t.conf:2: browser.allowed: \"https://www.service.bund.de/leistungen\" has a path; "
                              "list the origin only (scheme, host, port)");
        QTest::newRow("drafts kept no day")
            << QByteArray("[drafts]\nkeep_days = 0\n")
            << QStringLiteral("t.conf:2: drafts.keep_days: \"0\" is not a whole number of days from 1 to 365");
        QTest::newRow("drafts kept too long")
            << QByteArray("[drafts]\nkeep_days = 366\n")
            << QStringLiteral("t.conf:2: drafts.keep_days: \"366\" is not a whole number of days from 1 to 365");
        QTest::newRow("drafts kept for a while")
            << QByteArray("[drafts]\nkeep_days = a month\n")
            << QStringLiteral("t.conf:2: drafts.keep_days: \"a month\" is not a whole number of days from 1 to 365");
        QTest::newRow("printer queue with a space")
            << QByteArray("[printer]\ncups_queue = Drucker Foyer\n")
            << QStringLiteral("t.conf:2: printer.cups_queue: \"Drucker Foyer\" is not a CUPS queue name (up to 127 "
                              "characters, no spaces, /, \\, # or quotes)");
        QTest::newRow("printer queue as a path")
            << QByteArray("\n[printer]\ncups_queue = printers/foyer\n")
            << QStringLiteral("t.conf:3: printer.cups_queue: \"printers/foyer\" is not a CUPS queue name (up to 127 "
                              "characters, no spaces, /, \\, # or quotes)");
        QTest::newRow("drafts path relative")
            << QByteArray("[drafts]\npath = drafts.sqlite\n")
            << QStringLiteral("t.conf:2: drafts.path: \"drafts.sqlite\" must be an absolute path");
        QTest::newRow("drafts path a Qt resource")
            << QByteArray("[drafts]\npath = :/drafts.sqlite\n")
            << QStringLiteral("t.conf:2: drafts.path: \":/drafts.sqlite\" must be an absolute path");
        QTest::newRow("not utf-8") << QByteArray("[terminal]\ntown_name = M\xfc nster\n")
                                   << QStringLiteral("t.conf: the file is not valid UTF-8 text");
    }

    void badFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        std::vector<ConfigError> errors;
        const std::optional<TerminalConfig> config =
            ConfigLoader::apply(defaults(), text, QStringLiteral("t.conf"), &errors);
        QVERIFY(!config);
        QCOMPARE(joined(errors), expected);
    }

    void everyProblemIsReported()
    {
        std::vector<ConfigError> errors;
        const QByteArray text = "[terminal]\nid = a b\n[session]\nidle_timeout_seconds = x\nfoo = 1\n";
        QVERIFY(!ConfigLoader::apply(defaults(), text, QStringLiteral("t.conf"), &errors));
        QCOMPARE(errors.size(), std::size_t(3));
        QCOMPARE(errors[0].line, 2);
        QCOMPARE(errors[1].line, 4);
        QCOMPARE(errors[2].line, 5);
    }

    void unreadableFile()
    {
        std::vector<ConfigError> errors;
        QVERIFY(!ConfigLoader::load(QStringLiteral("/nonexistent/terminal.conf"), &errors));
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].file, QStringLiteral("/nonexistent/terminal.conf"));
        QVERIFY2(errors[0].problem.startsWith(QStringLiteral("cannot be read")), qPrintable(errors[0].problem));
    }

    // A device or a pipe named as the configuration: a clear message, at once (reading /dev/zero
    // whole would exhaust memory, a FIFO would block the start for ever).
    void notARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("a folder") << QStringLiteral("/");
    }

    void notARegularFile()
    {
        QFETCH(QString, path);
        std::vector<ConfigError> errors;
        QVERIFY(!ConfigLoader::load(path, &errors));
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].file, path);
        QVERIFY2(errors[0].problem.startsWith(QStringLiteral("is not a regular file")), qPrintable(errors[0].problem));
    }

    void aFifoDoesNotBlock()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("terminal.conf"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::vector<ConfigError> errors;
        QVERIFY(!ConfigLoader::load(fifo, &errors));
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY2(errors[0].problem.startsWith(QStringLiteral("is not a regular file")), qPrintable(errors[0].problem));
    }

    void fileOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("terminal.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[terminal]\ntown_name = Köln\n");
        file.close();
        std::vector<ConfigError> errors;
        const std::optional<TerminalConfig> config = ConfigLoader::load(path, &errors);
        QVERIFY2(config, qPrintable(joined(errors)));
        QCOMPARE(config->townName, QStringLiteral("Köln"));
    }

    void shippedFileIsTheDocumentedFile()
    {
        // The file installed to /etc and the embedded defaults are one file: both must load alone.
        QFile shipped(QStringLiteral(BT_SOURCE_DIR "/resources/config/terminal.conf"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        std::vector<ConfigError> errors;
        QVERIFY2(ConfigLoader::apply(defaults(), shipped.readAll(), shipped.fileName(), &errors),
                 qPrintable(joined(errors)));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigLoader)
#include "tst_ConfigLoader.moc"
