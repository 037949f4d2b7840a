// Live language switching: with the cockpit busy (a submitted task, a failed task on the error
// card, the charts drawn, Preferences open), switching the language in Preferences must leave no
// visible text in the previous language: labels, buttons, menus, tooltips, headers, tabs, dock
// and window titles, chart titles and legends, placeholders and the status bar.
//
// The languages are switched in an order that alternates scripts (Latin, then Cyrillic or CJK,
// then Latin again), so a text left over from the previous language is recognisable by its
// script: a Latin word where none should be, or a Cyrillic or CJK character after a switch to a
// Latin language. Task data (prompts, model ids, provider names) is language-neutral and kept
// out of the comparison.

#include "actiontext.h"
#include "cockpitrig.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "submitpanel.h"
#include "taskdetailpane.h"
#include "widgetsettling.h"
#include "tasktablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTreeWidget>
#include <QAbstractAxis>
#include <QtTest>

#include <memory>

namespace {

const QString kPrompt = QStringLiteral("a red fox in the snow");

// Every text the operator can see, keyed by where it is.
using Texts = QMap<QString, QString>;

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString keyOf(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

void addActions(Texts &texts, const QString &where, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = where + QLatin1Char('>') + QString::number(quintptr(action), 16);
        texts.insert(key + QStringLiteral(":text"), action->text());
        texts.insert(key + QStringLiteral(":tip"), action->toolTip());
        if (QMenu *menu = action->menu())
            addActions(texts, key, menu->actions());
    }
}

void collect(Texts &texts, QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    texts.insert(keyOf(root) + QStringLiteral(":title"), root->windowTitle());
    for (int i = 0; i < widgets.size(); ++i) {
        QWidget *w = widgets.at(i);
        if (!w->isVisible() && !qobject_cast<QMenu *>(w))
            continue;
        const QString key = keyOf(w) + QLatin1Char('#') + QString::number(i);
        if (!w->toolTip().isEmpty())
            texts.insert(key + QStringLiteral(":tip"), plain(w->toolTip()));
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.insert(key, plain(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.insert(key, button->text());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            texts.insert(key + QStringLiteral(":placeholder"), line->placeholderText());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            texts.insert(key + QStringLiteral(":placeholder"), edit->placeholderText());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts.insert(key, group->title());
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            texts.insert(key, dock->windowTitle());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int t = 0; t < tabs->count(); ++t) {
                texts.insert(key + QStringLiteral(":tab%1").arg(t), tabs->tabText(t));
                texts.insert(key + QStringLiteral(":tabtip%1").arg(t), tabs->tabToolTip(t));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->model()) {
                for (int s = 0; s < header->count(); ++s) {
                    if (!header->isSectionHidden(s))
                        texts.insert(key + QStringLiteral(":section%1").arg(s),
                                     header->model()->headerData(s, header->orientation()).toString());
                }
            }
        } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            // The sidebar: state names and groups (task data, if any, is filtered later).
            for (QTreeWidgetItemIterator it(tree); *it; ++it)
                texts.insert(key + QStringLiteral(":item") + QString::number(quintptr(*it), 16), (*it)->text(0));
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            texts.insert(key + QStringLiteral(":current"), combo->currentText());
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            texts.insert(key + QStringLiteral(":chart"), chart->title());
            for (QAbstractAxis *axis : chart->axes())
                texts.insert(key + QStringLiteral(":axis") + QString::number(quintptr(axis), 16), axis->titleText());
            const QList<QLegendMarker *> markers = chart->legend()->markers();
            for (int m = 0; m < markers.size(); ++m)
                texts.insert(key + QStringLiteral(":legend%1").arg(m), markers.at(m)->label());
        } else if (auto *status = qobject_cast<QStatusBar *>(w)) {
            texts.insert(key + QStringLiteral(":message"), status->currentMessage());
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            addActions(texts, key, bar->actions());
        } else if (auto *toolBar = qobject_cast<QToolBar *>(w)) {
            addActions(texts, key, toolBar->actions());
        }
    }
}

Texts visibleTexts(const QList<QWidget *> &roots)
{
    Texts texts;
    for (QWidget *root : roots)
        collect(texts, root);
    return texts;
}

bool isLatinLanguage(const QString &language)
{
    return QLocale(language).script() == QLocale::LatinScript;
}

// What stays the same in every language: the product, providers, model ids and other tokens
// with digits, underscores, dots or hyphens, all-capital abbreviations, the test's prompt.
QString withoutNeutralWords(QString text)
{
    static const QRegularExpression directive(QStringLiteral("\\[sandbox v1:[^\\]]*\\]"));
    text.remove(directive);
    text.remove(kPrompt);
    static const QRegularExpression neutral(QStringLiteral(
        "QueueLens|SeaArt|FoxAPI|new-api|LLMAPI|Vidu|Sandbox|Qt|"
        "\\S*[0-9_./:@-]\\S*|\\b[A-Z]{2,}s?\\b|\\b[A-Z][a-z]+[A-Z]\\w*\\b"));
    text.remove(neutral);
    return text;
}

// A text from the language before the switch, judged by script.
bool looksLike(const QString &previousLanguage, const QString &text)
{
    if (isLatinLanguage(previousLanguage)) {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        return withoutNeutralWords(text).contains(word);
    }
    static const QRegularExpression foreign(QStringLiteral("[\\x{0400}-\\x{04FF}\\x{3040}-\\x{30FF}\\x{3400}-\\x{9FFF}\\x{AC00}-\\x{D7A3}]"));
    return text.contains(foreign);
}

// The order of switches: scripts alternate, every shipped language comes once, English last.
QStringList switchOrder()
{
    // QUEUELENS_TEST_LANGUAGES="ru de" narrows the run to some languages while one is written.
    const QString only = qEnvironmentVariable("QUEUELENS_TEST_LANGUAGES");
    const QStringList available = only.isEmpty() ? LanguageLoader::availableLanguages()
                                                 : only.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList latin, other;
    for (const QString &language : available) {
        if (language != QLatin1String(LanguageLoader::SourceLanguage))
            (isLatinLanguage(language) ? latin : other).append(language);
    }
    QStringList order;
    while (!latin.isEmpty() || !other.isEmpty()) {
        if (!other.isEmpty())
            order.append(other.takeFirst());
        if (!latin.isEmpty())
            order.append(latin.takeFirst());
    }
    // Ends in English, coming from a non-Latin language when there is one.
    if (!order.isEmpty() && isLatinLanguage(order.last()) && order.size() > 1)
        order.swapItemsAt(order.size() - 1, order.size() - 2);
    order.append(QString::fromLatin1(LanguageLoader::SourceLanguage));
    return order;
}

} // namespace

// The cockpit as an operator has it after a few minutes, on a 1366×768 screen: the submit panel
// docked with its "Submitted 1 task" message, a failed task's error on the card, Preferences open.
struct BusyCockpit
{
    CockpitRig rig{150};
    MainWindow window{rig.engine.get(), rig.appSettings.get()};
    std::unique_ptr<SettingsDialog> settings;

    void prepare()
    {
        QVERIFY(rig.opened);
        window.setAdapterRegistry(&rig.registry);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSubmitPanel();

        // Texts that are set once, by events: a submit's confirmation, an error on the card.
        Task draft;
        draft.profileId = CockpitRig::profileId(QStringLiteral("foxapi"));
        draft.provider = QStringLiteral("foxapi");
        draft.spec = rig.spec(QStringLiteral("foxapi"), QStringLiteral("queue=100ms run=200ms"), kPrompt);
        QSignalSpy submitted(window.submitPanel(), &SubmitPanel::submitted);
        window.submitPanel()->editAndResubmit(draft);
        window.submitPanel()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 5000);
        const qint64 failing = rig.submit(QStringLiteral("vidu"), QStringLiteral("queue=100ms run=200ms fail=CreditInsufficient"), kPrompt);
        QTRY_COMPARE_WITH_TIMEOUT(rig.state(failing), TaskState::Failed, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowOfTask(failing) >= 0, 5000);
        window.selectTasks({failing});
        QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->isVisible(), 3000);

        settings = std::make_unique<SettingsDialog>(rig.engine.get(), rig.appSettings.get(), &window);
        settings->setAdapterRegistry(&rig.registry);
        settings->show();
    }
};

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void init() { LanguageLoader::install(QStringLiteral("en")); }
    void cleanupTestCase() { LanguageLoader::install(QStringLiteral("en")); }
    void nothingStaysInThePreviousLanguage();
    void nothingIsClippedAt1366x768();
};

void TestLanguageSwitch::nothingStaysInThePreviousLanguage()
{
    BusyCockpit cockpit;
    cockpit.prepare();
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = cockpit.window;
    SettingsDialog &settings = *cockpit.settings;
    CockpitRig &rig = cockpit.rig;

    QStringList problems;
    QString previous = QString::fromLatin1(LanguageLoader::SourceLanguage);
    const QStringList order = switchOrder();
    QVERIFY2(order.size() >= 3, qPrintable(order.join(QLatin1Char(' '))));
    for (const QString &language : order) {
        // Each tab once, so that its texts exist, then back to the task table.
        Texts before;
        for (const MainWindow::Tab tab : {MainWindow::ChartsTab, MainWindow::FailuresTab, MainWindow::TasksTab}) {
            window.showTab(tab);
            settleWidgets();
            const Texts shown = visibleTexts({&window, &settings});
            for (auto it = shown.cbegin(); it != shown.cend(); ++it)
                before.insert(QStringLiteral("%1|").arg(int(tab)) + it.key(), it.value());
        }

        rig.appSettings->setLanguage(language);
        QCOMPARE(LanguageLoader::currentLanguage(), language);
        settleWidgets();

        for (const MainWindow::Tab tab : {MainWindow::ChartsTab, MainWindow::FailuresTab, MainWindow::TasksTab}) {
            window.showTab(tab);
            settleWidgets();
            const Texts after = visibleTexts({&window, &settings});
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                const QString key = QStringLiteral("%1|").arg(int(tab)) + it.key();
                if (it.value().isEmpty() || before.value(key) != it.value())
                    continue;
                if (looksLike(previous, it.value()))
                    problems.append(QStringLiteral("%1 -> %2: %3 = “%4”").arg(previous, language, it.key(), it.value()));
            }
        }
        previous = language;
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 text(s) stayed in the previous language:\n").arg(problems.size())
                                            + problems.join(QLatin1Char('\n'))));
}

namespace {

// Texts a widget cannot show whole: a label narrower than its text, a button narrower than
// its size hint, a tab narrower than its title.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || Qt::mightBeRichText(label->text()) || !label->pixmap().isNull())
                continue;
            int widest = 0;
            const QString shown = label->buddy() ? ActionText::withoutAccelerator(label->text()) : label->text();
            for (const QString &line : shown.split(QLatin1Char('\n')))
                widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
            if (widest > label->contentsRect().width() + 1)
                clipped << QStringLiteral("label “%1” needs %2 px, has %3").arg(label->text()).arg(widest).arg(label->contentsRect().width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // A toolbar shows the action's icon text: a menu's "(&P)" has no business there.
            static const QRegularExpression accelerator(QStringLiteral("[(（]&?[A-Za-z][)）]"));
            if (qobject_cast<QToolBar *>(button->parentWidget()) && button->text().contains(accelerator))
                clipped << QStringLiteral("toolbar button “%1” shows a menu accelerator").arg(button->text());
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                clipped << QStringLiteral("button “%1” needs %2 px, has %3").arg(button->text()).arg(button->sizeHint().width()).arg(button->width());
        } else if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
            // The sidebar's state and provider names.
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                const QRect shown = tree->visualItemRect(*it);
                if (shown.isEmpty())
                    continue;
                const int icon = (*it)->icon(0).isNull() ? 0 : tree->iconSize().width();
                const int needed = tree->fontMetrics().horizontalAdvance((*it)->text(0)) + icon;
                const int available = tree->columnWidth(0) - shown.left();
                if (needed > available)
                    clipped << QStringLiteral("item “%1” needs %2 px, has %3").arg((*it)->text(0)).arg(needed).arg(available);
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int t = 0; t < tabs->count(); ++t) {
                const int needed = tabs->fontMetrics().horizontalAdvance(ActionText::withoutAccelerator(tabs->tabText(t)));
                if (tabs->isTabVisible(t) && needed > tabs->tabRect(t).width())
                    clipped << QStringLiteral("tab “%1” needs %2 px, has %3").arg(tabs->tabText(t)).arg(needed).arg(tabs->tabRect(t).width());
            }
        }
    }
    return clipped;
}

} // namespace

// German and Russian run long, CJK needs its fonts: in every language the main window (submit
// panel docked, an error on the card) and Preferences show their texts whole on a 1366×768
// screen.
void TestLanguageSwitch::nothingIsClippedAt1366x768()
{
    BusyCockpit cockpit;
    cockpit.prepare();
    if (QTest::currentTestFailed())
        return;

    QStringList problems;
    for (const QString &language : switchOrder()) {
        cockpit.rig.appSettings->setLanguage(language);
        settleWidgets();
        for (QWidget *root : {static_cast<QWidget *>(&cockpit.window), static_cast<QWidget *>(cockpit.settings.get())}) {
            for (const QString &clipped : clippedTexts(root))
                problems << language + QStringLiteral(": ") + clipped;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 clipped text(s):\n").arg(problems.size()) + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
