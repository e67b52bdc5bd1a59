<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>On</source>
        <extracomment>The text size &quot;Larger text&quot; sets (150 %).</extracomment>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Makes all text one and a half times bigger</source>
        <translation>يكبّر كل النصوص مرة ونصف</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>أبيض وأصفر على خلفية سوداء</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>وضع الأزرار المنخفضة</translation>
    </message>
    <message>
        <source>Brings every button down within reach</source>
        <translation>ينزل كل الأزرار إلى أسفل الشاشة في متناول اليد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>AdminDoorSection</name>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN الخاص بالإدارة</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PIN was set under older, weaker rules (4 digits were allowed). Set a new PIN of 6 to 12 digits on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>عُيّن رمز PIN لهذا الكشك وفق قواعد أقدم وأضعف (كانت 4 أرقام مسموحًا بها). عيّن رمزًا جديدًا من 6 إلى 12 رقمًا على هذا الحاسوب بالأمر: blueheart-kiosk set-pin</translation>
    </message>
    <message>
        <source>No wrong PIN was entered since Admin was last opened.</source>
        <translation>لم يُدخَل أي رمز PIN غير صحيح منذ آخر فتح لصفحة الإدارة.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) were entered since Admin was last opened:</source>
        <translation>
            <numerusform>لم يُدخَل أي رمز PIN غير صحيح منذ آخر فتح لصفحة الإدارة:</numerusform>
            <numerusform>أُدخِل رمز PIN غير صحيح واحد منذ آخر فتح لصفحة الإدارة:</numerusform>
            <numerusform>أُدخِل رمزا PIN غير صحيحين منذ آخر فتح لصفحة الإدارة:</numerusform>
            <numerusform>أُدخِلت %n رموز PIN غير صحيحة منذ آخر فتح لصفحة الإدارة:</numerusform>
            <numerusform>أُدخِل %n رمزًا غير صحيح منذ آخر فتح لصفحة الإدارة:</numerusform>
            <numerusform>أُدخِل %n رمز غير صحيح منذ آخر فتح لصفحة الإدارة:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>و%n أقدم</numerusform>
            <numerusform>وواحد أقدم</numerusform>
            <numerusform>واثنان أقدم</numerusform>
            <numerusform>و%n أقدم</numerusform>
            <numerusform>و%n أقدم</numerusform>
            <numerusform>و%n أقدم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>For the organiser of this kiosk</source>
        <translation>لمنظّم هذا الكشك</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>إغلاق الكشك</translation>
    </message>
    <message>
        <source>Close the kiosk? This computer&apos;s desktop will show until it is started again.</source>
        <translation>إغلاق الكشك؟ سيظهر سطح مكتب هذا الحاسوب حتى يُشغَّل الكشك من جديد.</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>نعم، خروج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Kiosk (full screen, locked)</source>
        <translation>كشك (ملء الشاشة، مقفل)</translation>
    </message>
    <message>
        <source>Window (development)</source>
        <translation>نافذة (تطوير)</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>Keyboard renderer</source>
        <translation>طريقة رسم لوحة المفاتيح</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>لم يُختر بعد</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>لا يوجد OpenGL</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>لا توجد تحذيرات بشأن الإعدادات أو المحتوى</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Public service announcement, playing without sound</source>
        <translation>إعلان خدمة عامة يُعرض دون صوت</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is. With ``media.attract_loop`` on, the loop starts this long after Attract shows (the first time, its player and QtMultimedia load then, well after the first frame).</extracomment>
        <translation>القلب الأزرق</translation>
    </message>
    <message>
        <source>Together against human trafficking</source>
        <translation>معًا ضد الاتجار بالبشر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>لم يقدّم أحد تعهد القلب الأزرق بعد</numerusform>
            <numerusform>قدّم شخص واحد تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم شخصان تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم %Ln أشخاص تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم %Ln شخصًا تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم %Ln شخص تعهد القلب الأزرق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <source>The Blue Heart Campaign</source>
        <translation>حملة القلب الأزرق</translation>
    </message>
    <message>
        <source>A campaign against human trafficking.</source>
        <translation>حملة لمكافحة الاتجار بالبشر.</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>اتجار أم تهريب؟</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>تهريب المهاجرين</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>In plain words</source>
        <translation>بكلمات بسيطة</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>من المفيد أن تعرف</translation>
    </message>
    <message>
        <source>What the law says</source>
        <translation>ما ينص عليه القانون</translation>
    </message>
    <message>
        <source>The official text is shown in English.</source>
        <translation>يُعرض النص الرسمي باللغة الإنكليزية.</translation>
    </message>
    <message>
        <source>Part of the official text is shown in English.</source>
        <translation>يُعرض جزء من النص الرسمي باللغة الإنكليزية.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
</context>
<context>
    <name>ElementCard</name>
    <message>
        <source>Tap to close</source>
        <translation>المس للإغلاق</translation>
    </message>
    <message>
        <source>Tap to see</source>
        <translation>المس للعرض</translation>
    </message>
</context>
<context>
    <name>ElementsPage</name>
    <message>
        <source>The three elements of human trafficking</source>
        <translation>العناصر الثلاثة للاتجار بالبشر</translation>
    </message>
    <message>
        <source>An act, done by certain means, for the purpose of exploitation. Tap each one.</source>
        <translation>فعل يُرتكب بوسائل معيّنة بغرض الاستغلال. المس كل عنصر.</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>من المفيد أن تعرف</translation>
    </message>
</context>
<context>
    <name>FleetAdminSection</name>
    <message>
        <source>Event sync</source>
        <translation>مزامنة الفعالية</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <source>Server: %1 · Event: %2</source>
        <translation>الخادم: %1 · الفعالية: %2</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>لم تتم المحاولة بعد</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Queued: %1    Event total: %2</source>
        <translation>في الانتظار: %1    مجموع الفعالية: %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>آخر خطأ: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Human beings are not for sale</source>
        <extracomment>(screen, icon) of each tile, in reading order; the pledge is highlighted.</extracomment>
        <translation>البشر ليسوا للبيع</translation>
    </message>
    <message>
        <source>Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge.</source>
        <translation>تعرّف على الاتجار بالأشخاص وتهريب المهاجرين، وقدّم تعهد القلب الأزرق.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>ما هو الاتجار بالأشخاص وتهريب المهاجرين؟</translation>
    </message>
    <message>
        <source>News</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>أحدث أخبار مكتب الأمم المتحدة</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>إعلانات توعوية ومقابلات مع خبراء</translation>
    </message>
    <message>
        <source>Tools and publications</source>
        <translation>أدوات ومنشورات</translation>
    </message>
    <message>
        <source>Take a link away on your phone</source>
        <translation>احفظ رابطًا على هاتفك</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>قدّم تعهدك</translation>
    </message>
    <message>
        <source>Join the Blue Heart campaign against human trafficking</source>
        <translation>انضم إلى حملة القلب الأزرق لمكافحة الاتجار بالبشر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>لم يقدّم أحد تعهد القلب الأزرق بعد</numerusform>
            <numerusform>قدّم شخص واحد تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم شخصان تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم %Ln أشخاص تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم %Ln شخصًا تعهد القلب الأزرق</numerusform>
            <numerusform>قدّم %Ln شخص تعهد القلب الأزرق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactSection</name>
    <message>
        <source>Today</source>
        <extracomment>Lines built ahead by :meth:`prepare` (a summary, the path and a few of each list).</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>الفعالية حتى الآن</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>The figures cannot be read from the database now.</source>
        <translation>لا يمكن قراءة الأرقام من قاعدة البيانات الآن.</translation>
    </message>
</context>
<context>
    <name>ImpactWords</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>News</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Pledge screen</source>
        <translation>شاشة التعهد</translation>
    </message>
    <message>
        <source>Made a pledge</source>
        <translation>قدّموا تعهدًا</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>وضع سهولة الوصول</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Blue Heart Kiosk: impact report</source>
        <translation>كشك القلب الأزرق: تقرير الأثر</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>أُعدّ في %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>اليوم (%1)</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>الفعالية حتى الآن</translation>
    </message>
    <message>
        <source>The event so far (%1 to %2)</source>
        <translation>الفعالية حتى الآن (من %1 إلى %2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>No events were recorded in this period.</source>
        <translation>لم تُسجَّل أي أحداث في هذه الفترة.</translation>
    </message>
    <message>
        <source>Recording is off (analytics.enabled = false in the configuration file).</source>
        <translation>التسجيل متوقف (analytics.enabled = false في ملف الإعدادات).</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>الزيارات حسب الساعة</translation>
    </message>
    <message>
        <source>Pledges by hour</source>
        <translation>التعهدات حسب الساعة</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Median visit length</source>
        <translation>الوسيط لمدة الزيارة</translation>
    </message>
    <message>
        <source>90 % of visits were shorter than</source>
        <translation>90٪ من الزيارات كانت أقصر من</translation>
    </message>
    <message>
        <source>Pledges made</source>
        <translation>التعهدات المقدَّمة</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>الأكشاك</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ملخص</translation>
    </message>
    <message>
        <source>From Home to a pledge: share of visits that reached each screen</source>
        <translation>من الصفحة الرئيسية إلى التعهد: نسبة الزيارات التي وصلت إلى كل شاشة</translation>
    </message>
    <message>
        <source>Videos and interviews: plays, share watched on average, plays watched to the end</source>
        <translation>مقاطع الفيديو والمقابلات: مرات التشغيل، ومتوسط النسبة المشاهَدة، ومرات المشاهدة حتى النهاية</translation>
    </message>
    <message>
        <source>Quiz: answers and share right, per question</source>
        <translation>الاختبار: الإجابات ونسبة الصحيحة منها لكل سؤال</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>اللغات المختارة</translation>
    </message>
    <message>
        <source>Accessibility options used</source>
        <translation>خيارات سهولة الوصول المستخدمة</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <extracomment>The parts of Learn, in the order of the buttons.</extracomment>
        <translation>تعلّم</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>ما هو الاتجار بالأشخاص وتهريب المهاجرين؟</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهم ذلك</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>تهريب المهاجرين</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>ثلاثة عناصر</translation>
    </message>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>اتجار أم تهريب؟</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>القلب الأزرق</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape. Milliseconds between the first frame and the building of the other screens.</extracomment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Larger text, high contrast and reach mode</source>
        <translation>نص أكبر وتباين عالٍ ووضع الأزرار المنخفضة</translation>
    </message>
</context>
<context>
    <name>NewsDetail</name>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>امسح الرمز لقراءة المزيد على هاتفك</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>No news at the moment.</source>
        <translation>لا توجد أخبار في الوقت الحالي.</translation>
    </message>
    <message>
        <source>News</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <source>The latest from UNODC, newest first</source>
        <translation>آخر أخبار مكتب الأمم المتحدة المعني بالمخدرات والجريمة، الأحدث أولاً</translation>
    </message>
    <message>
        <source>All news</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <source>Back to all news</source>
        <translation>العودة إلى كل الأخبار</translation>
    </message>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>امسح الرمز لقراءة المزيد على هاتفك</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>لوحة المفاتيح على الشاشة</translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message numerus="yes">
        <source>First names, emails and countries are erased automatically %n day(s) after the pledge. The pledges, their commitments and the counts remain.</source>
        <translation>
            <numerusform>تُمسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان تلقائيًا في يوم التعهد. تبقى التعهدات والتزاماتها والأعداد.</numerusform>
            <numerusform>تُمسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان تلقائيًا بعد يوم واحد من التعهد. تبقى التعهدات والتزاماتها والأعداد.</numerusform>
            <numerusform>تُمسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان تلقائيًا بعد يومين من التعهد. تبقى التعهدات والتزاماتها والأعداد.</numerusform>
            <numerusform>تُمسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان تلقائيًا بعد %n أيام من التعهد. تبقى التعهدات والتزاماتها والأعداد.</numerusform>
            <numerusform>تُمسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان تلقائيًا بعد %n يومًا من التعهد. تبقى التعهدات والتزاماتها والأعداد.</numerusform>
            <numerusform>تُمسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان تلقائيًا بعد %n يوم من التعهد. تبقى التعهدات والتزاماتها والأعداد.</numerusform>
        </translation>
    </message>
    <message>
        <source>First names, emails and countries are kept until you erase them (pledges.personal_data_days = 0).</source>
        <translation>تُحفظ الأسماء الأولى وعناوين البريد الإلكتروني والبلدان إلى أن تمسحها (pledges.personal_data_days = 0).</translation>
    </message>
    <message>
        <source>Last automatic erasure: %1, from %2 pledges.</source>
        <translation>آخر مسح تلقائي: %1، من %2 تعهدًا.</translation>
    </message>
    <message>
        <source>Erase personal data now…</source>
        <translation>مسح البيانات الشخصية الآن…</translation>
    </message>
    <message>
        <source>Erase names, emails and countries</source>
        <translation>مسح الأسماء والبريد الإلكتروني والبلدان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>This erases the first names, emails and countries of all %1 pledges on this kiosk. The pledges and the counts remain. Export them first if you need the names. This cannot be undone.</source>
        <translation>سيؤدي هذا إلى مسح الأسماء الأولى وعناوين البريد الإلكتروني والبلدان لكل التعهدات على هذا الكشك وعددها %1. تبقى التعهدات والأعداد. صدّرها أولًا إذا كنت تحتاج إلى الأسماء. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>جارٍ مسح البيانات الشخصية…</translation>
    </message>
    <message>
        <source>Personal data erased from %1 pledges; all %2 pledges remain.</source>
        <translation>مُسحت البيانات الشخصية من %1 تعهدًا؛ وتبقى التعهدات كلها وعددها %2.</translation>
    </message>
    <message>
        <source>Could not erase the personal data: the pledge database cannot be written (%1).</source>
        <translation>تعذّر مسح البيانات الشخصية: لا يمكن الكتابة في قاعدة بيانات التعهدات (%1).</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Organiser access</source>
        <extracomment>The keys drawn as icons: key → icon name.</extracomment>
        <translation>دخول المنظّم</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>أدخل رمز PIN الخاص بالإدارة</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <source>Open admin</source>
        <translation>فتح الإدارة</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>رمز PIN غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Admin is locked: no PIN is set on this kiosk. Set one on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>الإدارة مقفلة: لم يُعيَّن رمز PIN لهذا الكشك. عيّن رمزًا على هذا الحاسوب بالأمر: blueheart-kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes: 2 hours 30 minutes</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>عدد كبير جدًا من رموز PIN غير الصحيحة. لوحة الأرقام مقفلة لمدة %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1, until %2.</source>
        <translation>عدد كبير جدًا من رموز PIN غير الصحيحة. لوحة الأرقام مقفلة لمدة %1، حتى %2.</translation>
    </message>
</context>
<context>
    <name>PledgeFormView</name>
    <message>
        <source>The Blue Heart stands for the people who are trafficked and for everyone working to end human trafficking. Add your name to the campaign: choose what you will do.</source>
        <translation>يرمز القلب الأزرق إلى ضحايا الاتجار بالبشر وإلى كل من يعمل على إنهائه. انضم إلى الحملة: اختر ما ستفعله.</translation>
    </message>
    <message>
        <source>I pledge to…</source>
        <translation>أتعهد بأن…</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>معلومات عنك (اختيارية)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type to find your country</source>
        <translation>اكتب للبحث عن بلدك</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>You may email me about the Blue Heart campaign</source>
        <translation>أوافق على مراسلتي بشأن حملة القلب الأزرق</translation>
    </message>
    <message>
        <source>Show my first name on the pledge wall</source>
        <translation>اعرض اسمي الأول على جدار التعهدات</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>قدّم تعهدك</translation>
    </message>
    <message>
        <source>Choose at least one commitment.</source>
        <translation>اختر تعهدًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Choose your commitments again, please.</source>
        <translation>يرجى اختيار تعهداتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Please use at most %1 characters.</source>
        <translation>يرجى ألا يتجاوز الاسم %1 حرفًا.</translation>
    </message>
    <message>
        <source>This name has a hidden control character. Please type it again.</source>
        <translation>يحتوي هذا الاسم على حرف تحكم مخفي. يرجى كتابته من جديد.</translation>
    </message>
    <message>
        <source>Type your first name to show it on the wall, or untick the box.</source>
        <translation>اكتب اسمك الأول لعرضه على الجدار، أو ألغِ تحديد المربع.</translation>
    </message>
    <message>
        <source>This does not look like an email address, for example name@example.org.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني، مثال: name@example.org.</translation>
    </message>
    <message>
        <source>Tick the box to let us email you, or leave the email empty.</source>
        <translation>حدّد المربع لنتمكن من مراسلتك، أو اترك البريد الإلكتروني فارغًا.</translation>
    </message>
    <message>
        <source>Type your email, or untick the box.</source>
        <translation>اكتب بريدك الإلكتروني، أو ألغِ تحديد المربع.</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>اختر بلدك من القائمة.</translation>
    </message>
    <message>
        <source>Please choose a language.</source>
        <translation>يرجى اختيار لغة.</translation>
    </message>
    <message>
        <source>Sorry, your pledge could not be saved just now. Nothing you typed is lost: please try again in a moment or ask a member of staff.</source>
        <translation>عذرًا، تعذّر حفظ تعهدك الآن. لم يضع شيء مما كتبته: يرجى المحاولة بعد قليل أو طلب المساعدة من أحد الموظفين.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>PledgeScreen</name>
    <message>
        <source>Take the Blue Heart pledge</source>
        <translation>قدّم تعهد القلب الأزرق</translation>
    </message>
    <message>
        <source>Join the campaign against human trafficking</source>
        <translation>انضم إلى الحملة ضد الاتجار بالبشر</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>You are supporter number %1</source>
        <translation>أنت الداعم رقم %1</translation>
    </message>
</context>
<context>
    <name>PledgesAdminSection</name>
    <message>
        <source>Pledges</source>
        <translation>التعهدات</translation>
    </message>
    <message>
        <source>Export or merge</source>
        <translation>التصدير أو الدمج</translation>
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
        <translation>التصدير إلى هذا المجلد</translation>
    </message>
    <message>
        <source>Find exports to merge</source>
        <translation>البحث عن ملفات للدمج</translation>
    </message>
    <message>
        <source>Names on the pledge wall</source>
        <translation>الأسماء على جدار التعهدات</translation>
    </message>
    <message>
        <source>Erase all pledges…</source>
        <translation>مسح كل التعهدات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Today: %1    Total: %2</source>
        <translation>اليوم: %1    المجموع: %2</translation>
    </message>
    <message>
        <source>Pledges cannot be saved: %1. Check the data folder.</source>
        <translation>لا يمكن حفظ التعهدات: %1. تحقّق من مجلد البيانات.</translation>
    </message>
    <message>
        <source>The pledge database could not be read and was set aside as %1; a new one was started.</source>
        <translation>تعذّرت قراءة قاعدة بيانات التعهدات، فنُقلت جانبًا باسم %1 وأُنشئت قاعدة جديدة.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>المجلد للقراءة فقط</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>قاعدة البيانات مستخدمة من برنامج آخر</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>the file or folder cannot be opened</source>
        <translation>تعذّر فتح الملف أو المجلد</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>ذاكرة USB ‏%1</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>التصدير إلى هنا</translation>
    </message>
    <message>
        <source>Find exports</source>
        <translation>البحث عن ملفات</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>No .csv or .jsonl files in %1</source>
        <translation>لا توجد ملفات ‎.csv أو ‎.jsonl في %1</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>دمج %1</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>على الجدار</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>ليس على الجدار</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>إظهار مجددًا</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>جارٍ المسح…</translation>
    </message>
    <message>
        <source>This deletes all %1 pledges on this kiosk, names and emails included. Export them first if you need them.</source>
        <translation>سيؤدي هذا إلى حذف كل تعهدات هذا الكشك (%1)، بما فيها الأسماء وعناوين البريد. صدّرها أولًا إن كنت تحتاج إليها.</translation>
    </message>
    <message>
        <source>Erase all pledges</source>
        <translation>مسح كل التعهدات</translation>
    </message>
    <message>
        <source>Are you sure? This cannot be undone.</source>
        <translation>هل أنت متأكد؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>نعم، امسح كل شيء</translation>
    </message>
    <message>
        <source>Exported %1 pledges to %2</source>
        <translation>صُدِّرت التعهدات (%1) إلى %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here, %4 rejected</source>
        <translation>%1: أُضيف %2، موجود سابقًا %3، مرفوض %4</translation>
    </message>
    <message>
        <source>Erased %1 pledges</source>
        <translation>مُسحت التعهدات (%1)</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>تعذّر الإكمال: %1</translation>
    </message>
</context>
<context>
    <name>PublicationsScreen</name>
    <message>
        <source>Tools and publications</source>
        <translation>أدوات ومنشورات</translation>
    </message>
    <message>
        <source>Scan a code to take the link away on your phone</source>
        <translation>امسح رمزًا لحفظ الرابط على هاتفك</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Trafficking, smuggling, or both?</source>
        <translation>اتجار أم تهريب أم كلاهما؟</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>اتجار</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>تهريب</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>عرض نتيجتي</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>إجابة صحيحة!</translation>
    </message>
    <message>
        <source>Not quite. The answer is: %1</source>
        <translation>ليس تماماً. الإجابة هي: %1</translation>
    </message>
    <message>
        <source>You got %1 of %2 right.</source>
        <translation>أجبت إجابة صحيحة عن %1 من %2.</translation>
    </message>
    <message>
        <source>Thank you for learning. Share what you know: it helps protect people.</source>
        <translation>شكراً لك على التعلّم. شارك ما تعرفه: فذلك يساعد على حماية الناس.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>سيبدأ الكشك من جديد بعد %Ln ثانية.</numerusform>
            <numerusform>سيبدأ الكشك من جديد بعد ثانية واحدة.</numerusform>
            <numerusform>سيبدأ الكشك من جديد بعد ثانيتين.</numerusform>
            <numerusform>سيبدأ الكشك من جديد بعد %Ln ثوانٍ.</numerusform>
            <numerusform>سيبدأ الكشك من جديد بعد %Ln ثانية.</numerusform>
            <numerusform>سيبدأ الكشك من جديد بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>WatchScreen</name>
    <message>
        <source>This video cannot be played on this kiosk</source>
        <translation>لا يمكن تشغيل هذا الفيديو على هذا الكشك</translation>
    </message>
    <message>
        <source>This recording cannot be played on this kiosk</source>
        <translation>لا يمكن تشغيل هذا التسجيل على هذا الكشك</translation>
    </message>
    <message>
        <source>Moving on to the next one.</source>
        <translation>ننتقل إلى التالي.</translation>
    </message>
    <message>
        <source>Please choose another one from the list.</source>
        <translation>يرجى اختيار عنصر آخر من القائمة.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>شاهد واستمع</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews, with captions</source>
        <translation>إعلانات خدمة عامة ومقابلات مع خبراء، مع ترجمة مكتوبة</translation>
    </message>
    <message>
        <source>There is nothing to watch yet.</source>
        <translation>لا يوجد شيء للمشاهدة بعد.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>الموضع في الفيديو</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>الترجمة المكتوبة مفعّلة</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>الترجمة المكتوبة متوقفة</translation>
    </message>
</context>
</TS>
