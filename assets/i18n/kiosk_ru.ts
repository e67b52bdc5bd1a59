<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>On</source>
        <extracomment>The text size &quot;Larger text&quot; sets (150 %).</extracomment>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>Makes all text one and a half times bigger</source>
        <translation>Увеличивает весь текст в полтора раза</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>Белый и жёлтый на чёрном</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Всё под рукой</translation>
    </message>
    <message>
        <source>Brings every button down within reach</source>
        <translation>Опускает все кнопки ниже, чтобы до них было легко достать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>AdminDoorSection</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PIN was set under older, weaker rules (4 digits were allowed). Set a new PIN of 6 to 12 digits on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>PIN-код этого киоска задан по старым, более слабым правилам (допускалось 4 цифры). Задайте новый PIN-код из 6–12 цифр на этом компьютере командой: blueheart-kiosk set-pin</translation>
    </message>
    <message>
        <source>No wrong PIN was entered since Admin was last opened.</source>
        <translation>С последнего входа в администрирование неверный PIN-код не вводился.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) were entered since Admin was last opened:</source>
        <translation>
            <numerusform>С последнего входа в администрирование введён %n неверный PIN-код:</numerusform>
            <numerusform>С последнего входа в администрирование введено %n неверных PIN-кода:</numerusform>
            <numerusform>С последнего входа в администрирование введено %n неверных PIN-кодов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>и ещё %n раньше</numerusform>
            <numerusform>и ещё %n раньше</numerusform>
            <numerusform>и ещё %n раньше</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>For the organiser of this kiosk</source>
        <translation>Для организатора этого киоска</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <source>Close the kiosk? This computer&apos;s desktop will show until it is started again.</source>
        <translation>Закрыть киоск? Рабочий стол этого компьютера будет виден, пока киоск не запустят снова.</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>Да, выйти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Kiosk (full screen, locked)</source>
        <translation>Киоск (полный экран, заблокирован)</translation>
    </message>
    <message>
        <source>Window (development)</source>
        <translation>Окно (разработка)</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Файл журнала</translation>
    </message>
    <message>
        <source>Keyboard renderer</source>
        <translation>Отрисовка клавиатуры</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ещё не выбрано</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>нет OpenGL</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>Предупреждений о настройках и содержимом нет</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Public service announcement, playing without sound</source>
        <translation>Социальный видеоролик, воспроизводится без звука</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is. With ``media.attract_loop`` on, the loop starts this long after Attract shows (the first time, its player and QtMultimedia load then, well after the first frame).</extracomment>
        <translation>Голубое сердце</translation>
    </message>
    <message>
        <source>Together against human trafficking</source>
        <translation>Вместе против торговли людьми</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln человек принял обязательство «Голубое сердце»</numerusform>
            <numerusform>%Ln человека приняли обязательство «Голубое сердце»</numerusform>
            <numerusform>%Ln человек приняли обязательство «Голубое сердце»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>The Blue Heart Campaign</source>
        <translation>Кампания «Синее сердце»</translation>
    </message>
    <message>
        <source>A campaign against human trafficking.</source>
        <translation>Кампания против торговли людьми.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>Торговля людьми или незаконный ввоз?</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>Незаконный ввоз мигрантов</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>In plain words</source>
        <translation>Простыми словами</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Полезно знать</translation>
    </message>
    <message>
        <source>What the law says</source>
        <translation>Что говорит закон</translation>
    </message>
    <message>
        <source>The official text is shown in English.</source>
        <translation>Официальный текст — на английском языке.</translation>
    </message>
    <message>
        <source>Part of the official text is shown in English.</source>
        <translation>Часть официального текста — на английском.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
</context>
<context>
    <name>ElementCard</name>
    <message>
        <source>Tap to close</source>
        <translation>Нажмите, чтобы закрыть</translation>
    </message>
    <message>
        <source>Tap to see</source>
        <translation>Нажмите, чтобы увидеть</translation>
    </message>
</context>
<context>
    <name>ElementsPage</name>
    <message>
        <source>The three elements of human trafficking</source>
        <translation>Три элемента торговли людьми</translation>
    </message>
    <message>
        <source>An act, done by certain means, for the purpose of exploitation. Tap each one.</source>
        <translation>Действие, совершаемое определёнными способами с целью эксплуатации. Нажмите на каждый элемент.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Полезно знать</translation>
    </message>
</context>
<context>
    <name>FleetAdminSection</name>
    <message>
        <source>Event sync</source>
        <translation>Синхронизация мероприятия</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Server: %1 · Event: %2</source>
        <translation>Сервер: %1 · Мероприятие: %2</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>Ещё не было попыток</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>Queued: %1    Event total: %2</source>
        <translation>В очереди: %1    Всего по мероприятию: %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Последняя ошибка: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Human beings are not for sale</source>
        <extracomment>(screen, icon) of each tile, in reading order; the pledge is highlighted.</extracomment>
        <translation>Люди не продаются</translation>
    </message>
    <message>
        <source>Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge.</source>
        <translation>Узнайте о торговле людьми и незаконном ввозе мигрантов и примите обязательство «Голубое сердце».</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Узнать</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>Что такое торговля людьми и незаконный ввоз мигрантов?</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Последние новости УНП ООН</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>Социальная реклама и интервью экспертов</translation>
    </message>
    <message>
        <source>Tools and publications</source>
        <translation>Инструменты и публикации</translation>
    </message>
    <message>
        <source>Take a link away on your phone</source>
        <translation>Сохраните ссылку на телефон</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Принять обязательство</translation>
    </message>
    <message>
        <source>Join the Blue Heart campaign against human trafficking</source>
        <translation>Присоединяйтесь к кампании «Голубое сердце» против торговли людьми</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>%Ln человек принял обязательство «Голубое сердце»</numerusform>
            <numerusform>%Ln человека приняли обязательство «Голубое сердце»</numerusform>
            <numerusform>%Ln человек приняли обязательство «Голубое сердце»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactSection</name>
    <message>
        <source>Today</source>
        <extracomment>Lines built ahead by :meth:`prepare` (a summary, the path and a few of each list).</extracomment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>Мероприятие на данный момент</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>The figures cannot be read from the database now.</source>
        <translation>Сейчас не удаётся прочитать данные из базы.</translation>
    </message>
</context>
<context>
    <name>ImpactWords</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Узнать</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Смотреть</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Pledge screen</source>
        <translation>Экран обязательства</translation>
    </message>
    <message>
        <source>Made a pledge</source>
        <translation>Взяли обязательство</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупный текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>Режим досягаемости</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Blue Heart Kiosk: impact report</source>
        <translation>Киоск «Голубое сердце»: отчёт о результатах</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлен %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Сегодня (%1)</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>Мероприятие на данный момент</translation>
    </message>
    <message>
        <source>The event so far (%1 to %2)</source>
        <translation>Мероприятие на данный момент (с %1 по %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>С %1 по %2</translation>
    </message>
    <message>
        <source>No events were recorded in this period.</source>
        <translation>За этот период событий не записано.</translation>
    </message>
    <message>
        <source>Recording is off (analytics.enabled = false in the configuration file).</source>
        <translation>Запись отключена (analytics.enabled = false в файле конфигурации).</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>Посещения по часам</translation>
    </message>
    <message>
        <source>Pledges by hour</source>
        <translation>Обязательства по часам</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Median visit length</source>
        <translation>Медианная длительность посещения</translation>
    </message>
    <message>
        <source>90 % of visits were shorter than</source>
        <translation>90 % посещений были короче</translation>
    </message>
    <message>
        <source>Pledges made</source>
        <translation>Взятые обязательства</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Киоски</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>From Home to a pledge: share of visits that reached each screen</source>
        <translation>От главной до обязательства: доля посещений, дошедших до каждого экрана</translation>
    </message>
    <message>
        <source>Videos and interviews: plays, share watched on average, plays watched to the end</source>
        <translation>Видео и интервью: просмотры, средняя просмотренная доля, просмотры до конца</translation>
    </message>
    <message>
        <source>Quiz: answers and share right, per question</source>
        <translation>Викторина: ответы и доля верных по каждому вопросу</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>Выбранные языки</translation>
    </message>
    <message>
        <source>Accessibility options used</source>
        <translation>Использованные параметры доступности</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>In English</source>
        <translation>На английском</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <extracomment>The parts of Learn, in the order of the buttons.</extracomment>
        <translation>Узнать</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>Что такое торговля людьми и незаконный ввоз мигрантов?</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Почему это важно</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>Незаконный ввоз мигрантов</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>Три элемента</translation>
    </message>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>Торговля людьми или незаконный ввоз?</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>Синее сердце</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Викторина</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape. Milliseconds between the first frame and the building of the other screens.</extracomment>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Larger text, high contrast and reach mode</source>
        <translation>Крупный текст, высокая контрастность и режим «Всё под рукой»</translation>
    </message>
</context>
<context>
    <name>NewsDetail</name>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>Отсканируйте, чтобы прочитать больше на телефоне</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>No news at the moment.</source>
        <translation>Новостей пока нет.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>The latest from UNODC, newest first</source>
        <translation>Последние новости УНП ООН, сначала самые новые</translation>
    </message>
    <message>
        <source>All news</source>
        <translation>Все новости</translation>
    </message>
    <message>
        <source>Back to all news</source>
        <translation>Назад ко всем новостям</translation>
    </message>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>Отсканируйте, чтобы прочитать больше на телефоне</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>Экранная клавиатура</translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message numerus="yes">
        <source>First names, emails and countries are erased automatically %n day(s) after the pledge. The pledges, their commitments and the counts remain.</source>
        <translation>
            <numerusform>Имена, адреса электронной почты и страны стираются автоматически через %n день после обязательства. Обязательства, их пункты и счётчики сохраняются.</numerusform>
            <numerusform>Имена, адреса электронной почты и страны стираются автоматически через %n дня после обязательства. Обязательства, их пункты и счётчики сохраняются.</numerusform>
            <numerusform>Имена, адреса электронной почты и страны стираются автоматически через %n дней после обязательства. Обязательства, их пункты и счётчики сохраняются.</numerusform>
        </translation>
    </message>
    <message>
        <source>First names, emails and countries are kept until you erase them (pledges.personal_data_days = 0).</source>
        <translation>Имена, адреса электронной почты и страны хранятся, пока вы их не сотрёте (pledges.personal_data_days = 0).</translation>
    </message>
    <message>
        <source>Last automatic erasure: %1, from %2 pledges.</source>
        <translation>Последнее автоматическое стирание: %1, обязательств: %2.</translation>
    </message>
    <message>
        <source>Erase personal data now…</source>
        <translation>Стереть персональные данные сейчас…</translation>
    </message>
    <message>
        <source>Erase names, emails and countries</source>
        <translation>Стереть имена, почту и страны</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This erases the first names, emails and countries of all %1 pledges on this kiosk. The pledges and the counts remain. Export them first if you need the names. This cannot be undone.</source>
        <translation>Будут стёрты имена, адреса электронной почты и страны всех обязательств на этом киоске (%1). Обязательства и счётчики сохранятся. Если имена нужны, сначала экспортируйте их. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Стирание персональных данных…</translation>
    </message>
    <message>
        <source>Personal data erased from %1 pledges; all %2 pledges remain.</source>
        <translation>Персональные данные стёрты (обязательств: %1); все обязательства (%2) сохранены.</translation>
    </message>
    <message>
        <source>Could not erase the personal data: the pledge database cannot be written (%1).</source>
        <translation>Не удалось стереть персональные данные: запись в базу обязательств невозможна (%1).</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Organiser access</source>
        <extracomment>The keys drawn as icons: key → icon name.</extracomment>
        <translation>Вход для организатора</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Введите PIN-код администратора</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Стереть последнюю цифру</translation>
    </message>
    <message>
        <source>Open admin</source>
        <translation>Открыть администрирование</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Admin is locked: no PIN is set on this kiosk. Set one on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>Администрирование заблокировано: PIN-код для этого киоска не задан. Задайте его на этом компьютере командой: blueheart-kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln секунду</numerusform>
            <numerusform>%Ln секунды</numerusform>
            <numerusform>%Ln секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln минуту</numerusform>
            <numerusform>%Ln минуты</numerusform>
            <numerusform>%Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln час</numerusform>
            <numerusform>%Ln часа</numerusform>
            <numerusform>%Ln часов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes: 2 hours 30 minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>Слишком много неверных PIN-кодов. Клавиатура заблокирована на %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1, until %2.</source>
        <translation>Слишком много неверных PIN-кодов. Клавиатура заблокирована на %1, до %2.</translation>
    </message>
</context>
<context>
    <name>PledgeFormView</name>
    <message>
        <source>The Blue Heart stands for the people who are trafficked and for everyone working to end human trafficking. Add your name to the campaign: choose what you will do.</source>
        <translation>Голубое сердце — символ людей, ставших жертвами торговли людьми, и всех, кто борется с ней. Присоединяйтесь к кампании: выберите, что вы будете делать.</translation>
    </message>
    <message>
        <source>I pledge to…</source>
        <translation>Я обязуюсь…</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>О вас (необязательно)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type to find your country</source>
        <translation>Начните вводить название страны</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>You may email me about the Blue Heart campaign</source>
        <translation>Мне можно писать о кампании «Голубое сердце»</translation>
    </message>
    <message>
        <source>Show my first name on the pledge wall</source>
        <translation>Показать моё имя на стене обязательств</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>Принять обязательство</translation>
    </message>
    <message>
        <source>Choose at least one commitment.</source>
        <translation>Выберите хотя бы одно обязательство.</translation>
    </message>
    <message>
        <source>Choose your commitments again, please.</source>
        <translation>Пожалуйста, выберите обязательства ещё раз.</translation>
    </message>
    <message>
        <source>Please use at most %1 characters.</source>
        <translation>Пожалуйста, не более %1 символов.</translation>
    </message>
    <message>
        <source>This name has a hidden control character. Please type it again.</source>
        <translation>В имени есть скрытый управляющий символ. Пожалуйста, введите его заново.</translation>
    </message>
    <message>
        <source>Type your first name to show it on the wall, or untick the box.</source>
        <translation>Введите имя, чтобы показать его на стене, или снимите отметку.</translation>
    </message>
    <message>
        <source>This does not look like an email address, for example name@example.org.</source>
        <translation>Это не похоже на адрес электронной почты, например name@example.org.</translation>
    </message>
    <message>
        <source>Tick the box to let us email you, or leave the email empty.</source>
        <translation>Отметьте поле, чтобы мы могли вам писать, или оставьте адрес пустым.</translation>
    </message>
    <message>
        <source>Type your email, or untick the box.</source>
        <translation>Введите адрес почты или снимите отметку.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Please choose a language.</source>
        <translation>Пожалуйста, выберите язык.</translation>
    </message>
    <message>
        <source>Sorry, your pledge could not be saved just now. Nothing you typed is lost: please try again in a moment or ask a member of staff.</source>
        <translation>К сожалению, сейчас не удалось сохранить ваше обязательство. Всё введённое сохранилось на экране: попробуйте ещё раз чуть позже или обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>PledgeScreen</name>
    <message>
        <source>Take the Blue Heart pledge</source>
        <translation>Примите обязательство «Голубое сердце»</translation>
    </message>
    <message>
        <source>Join the campaign against human trafficking</source>
        <translation>Присоединяйтесь к кампании против торговли людьми</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Спасибо</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>You are supporter number %1</source>
        <translation>Вы — сторонник номер %1</translation>
    </message>
</context>
<context>
    <name>PledgesAdminSection</name>
    <message>
        <source>Pledges</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Export or merge</source>
        <translation>Экспорт и объединение</translation>
    </message>
    <message>
        <source>CSV (Excel)</source>
        <translation>CSV (Excel)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>Экспортировать в эту папку</translation>
    </message>
    <message>
        <source>Find exports to merge</source>
        <translation>Найти файлы для объединения</translation>
    </message>
    <message>
        <source>Names on the pledge wall</source>
        <translation>Имена на стене обязательств</translation>
    </message>
    <message>
        <source>Erase all pledges…</source>
        <translation>Стереть все обязательства…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Today: %1    Total: %2</source>
        <translation>Сегодня: %1    Всего: %2</translation>
    </message>
    <message>
        <source>Pledges cannot be saved: %1. Check the data folder.</source>
        <translation>Обязательства не сохраняются: %1. Проверьте папку данных.</translation>
    </message>
    <message>
        <source>The pledge database could not be read and was set aside as %1; a new one was started.</source>
        <translation>Базу обязательств не удалось прочитать; она отложена как %1, создана новая.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>папка только для чтения</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>база данных занята другой программой</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>the file or folder cannot be opened</source>
        <translation>не удаётся открыть файл или папку</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>USB-накопитель %1</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>Экспортировать сюда</translation>
    </message>
    <message>
        <source>Find exports</source>
        <translation>Найти файлы</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>No .csv or .jsonl files in %1</source>
        <translation>В %1 нет файлов .csv или .jsonl</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Объединить %1</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>на стене</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>не на стене</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>This deletes all %1 pledges on this kiosk, names and emails included. Export them first if you need them.</source>
        <translation>Будут удалены все обязательства этого киоска (%1), включая имена и адреса. Сначала экспортируйте их, если они нужны.</translation>
    </message>
    <message>
        <source>Erase all pledges</source>
        <translation>Стереть все обязательства</translation>
    </message>
    <message>
        <source>Are you sure? This cannot be undone.</source>
        <translation>Вы уверены? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>Да, стереть всё</translation>
    </message>
    <message>
        <source>Exported %1 pledges to %2</source>
        <translation>Экспортировано обязательств: %1, файл %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here, %4 rejected</source>
        <translation>%1: добавлено %2, уже было %3, отклонено %4</translation>
    </message>
    <message>
        <source>Erased %1 pledges</source>
        <translation>Удалено обязательств: %1</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>Не удалось завершить: %1</translation>
    </message>
</context>
<context>
    <name>PublicationsScreen</name>
    <message>
        <source>Tools and publications</source>
        <translation>Инструменты и публикации</translation>
    </message>
    <message>
        <source>Scan a code to take the link away on your phone</source>
        <translation>Отсканируйте код, чтобы сохранить ссылку на телефон</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Trafficking, smuggling, or both?</source>
        <translation>Торговля людьми, незаконный ввоз или и то и другое?</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Торговля людьми</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Незаконный ввоз</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>И то и другое</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>Мой результат</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Верно!</translation>
    </message>
    <message>
        <source>Not quite. The answer is: %1</source>
        <translation>Не совсем. Правильный ответ: %1</translation>
    </message>
    <message>
        <source>You got %1 of %2 right.</source>
        <translation>Правильных ответов: %1 из %2.</translation>
    </message>
    <message>
        <source>Thank you for learning. Share what you know: it helps protect people.</source>
        <translation>Спасибо, что узнали больше. Делитесь знаниями: это помогает защищать людей.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>Киоск начнёт сначала через %Ln секунду.</numerusform>
            <numerusform>Киоск начнёт сначала через %Ln секунды.</numerusform>
            <numerusform>Киоск начнёт сначала через %Ln секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Я здесь</translation>
    </message>
</context>
<context>
    <name>WatchScreen</name>
    <message>
        <source>This video cannot be played on this kiosk</source>
        <translation>Это видео нельзя воспроизвести на этом киоске</translation>
    </message>
    <message>
        <source>This recording cannot be played on this kiosk</source>
        <translation>Эту запись нельзя воспроизвести на этом киоске</translation>
    </message>
    <message>
        <source>Moving on to the next one.</source>
        <translation>Переходим к следующему.</translation>
    </message>
    <message>
        <source>Please choose another one from the list.</source>
        <translation>Выберите другой элемент из списка.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>Смотрите и слушайте</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews, with captions</source>
        <translation>Социальные ролики и интервью с экспертами, с субтитрами</translation>
    </message>
    <message>
        <source>There is nothing to watch yet.</source>
        <translation>Пока здесь нечего смотреть.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Позиция в видео</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Субтитры включены</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Субтитры выключены</translation>
    </message>
</context>
</TS>
