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
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>Предупреждений о настройках и содержимом нет</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is.</extracomment>
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
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>Узнать</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>Что такое торговля людьми и незаконный ввоз мигрантов?</translation>
    </message>
    <message>
        <source>What is migrant smuggling?</source>
        <translation>Что такое незаконный ввоз мигрантов?</translation>
    </message>
    <message>
        <source>Smuggling migrants involves the procurement, for financial or other material benefit, of the illegal entry of a person into a State of which that person is not a national or resident.</source>
        <translation>Незаконный ввоз мигрантов означает обеспечение незаконного въезда в государство любого лица, которое не является его гражданином или не проживает на его территории, с целью получения финансовой или иной материальной выгоды.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape.</extracomment>
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
    <name>NewsScreen</name>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>Последние новости УНП ООН</translation>
    </message>
    <message>
        <source>Virtually every country in the world is affected</source>
        <translation>От этого страдает практически каждая страна мира</translation>
    </message>
    <message>
        <source>The challenge for all countries, rich and poor, is to target the criminals who exploit desperate people, and to protect and assist victims of trafficking and smuggled migrants.</source>
        <translation>Задача всех стран, богатых и бедных, — преследовать преступников, которые эксплуатируют людей в безвыходном положении, а также защищать жертв торговли людьми и незаконно ввезённых мигрантов и помогать им.</translation>
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
        <source>Too many wrong PINs. Try again in %Ln seconds.</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %Ln секунду.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %Ln секунды.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов. Повторите через %Ln секунд.</numerusform>
        </translation>
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
        <source>The Blue Heart</source>
        <translation>Голубое сердце</translation>
    </message>
    <message>
        <source>The Blue Heart represents the sadness of those who are trafficked and reminds us of the cold-heartedness of those who buy and sell fellow human beings. The blue of the heart shows the commitment of the United Nations to combat this crime.</source>
        <translation>Голубое сердце символизирует печаль жертв торговли людьми и напоминает о бессердечии тех, кто покупает и продаёт себе подобных. Голубой цвет сердца выражает решимость Организации Объединённых Наций бороться с этим преступлением.</translation>
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
    <message>
        <source>Toolkit to Combat Trafficking in Persons</source>
        <translation>Пособие по борьбе с торговлей людьми</translation>
    </message>
    <message>
        <source>Practical tools and guidance for policymakers, law enforcement, judges, prosecutors, victim service providers and civil society.</source>
        <translation>Практические инструменты и рекомендации для политиков, правоохранительных органов, судей, прокуроров, организаций помощи жертвам и гражданского общества.</translation>
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
