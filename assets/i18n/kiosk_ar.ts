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
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>لا توجد تحذيرات بشأن الإعدادات أو المحتوى</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is.</extracomment>
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
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
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
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape.</extracomment>
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
        <source>Too many wrong PINs. Try again in %Ln seconds.</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
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
        <source>The Blue Heart</source>
        <translation>القلب الأزرق</translation>
    </message>
    <message>
        <source>The Blue Heart represents the sadness of those who are trafficked and reminds us of the cold-heartedness of those who buy and sell fellow human beings. The blue of the heart shows the commitment of the United Nations to combat this crime.</source>
        <translation>يرمز القلب الأزرق إلى حزن ضحايا الاتجار، ويذكّرنا بقسوة قلوب من يشترون البشر ويبيعونهم. ويعبّر اللون الأزرق عن التزام الأمم المتحدة بمكافحة هذه الجريمة.</translation>
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
