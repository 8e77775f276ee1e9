<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>CoreErrors</name>
    <message>
        <location filename="../ui/errortext.cpp" line="14" />
        <source>expected a tag O, B-TYPE or I-TYPE, found {1}</source>
        <translation>برچسبی به شکل O، B-TYPE یا I-TYPE انتظار می‌رفت، {1} یافت شد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="15" />
        <source>IMGID:{1} has no tokens: expected token&lt;TAB&gt;tag lines after it</source>
        <translation>IMGID:{1} توکنی ندارد: پس از آن سطرهای token&lt;TAB&gt;tag انتظار می‌رفت</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="16" />
        <source>expected an IMGID:&lt;id&gt; line before the tokens, found {1}</source>
        <translation>پیش از توکن‌ها سطر IMGID:&lt;id&gt; انتظار می‌رفت، {1} یافت شد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="17" />
        <source>expected token and tag separated by a tab or space, found 1 column {1}</source>
        <translation>توکن و برچسب جداشده با تب یا فاصله انتظار می‌رفت، ۱ ستون یافت شد: {1}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="18" />
        <source>expected {1} columns as on line {2}, found {3}</source>
        <translation>{1} ستون مانند سطر {2} انتظار می‌رفت، {3} یافت شد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="19" />
        <source>IMGID:{1} has no tokens: the file ends after it (truncated?)</source>
        <translation>IMGID:{1} توکنی ندارد: پرونده پس از آن تمام می‌شود (بریده شده؟)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="20" />
        <source>invalid JSON ({1}) at column {2}</source>
        <translation>JSON نامعتبر ({1}) در ستون {2}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="21" />
        <source>expected at least one tweet in {1} format, found none (empty file?)</source>
        <translation>دست‌کم یک توییت در قالب {1} انتظار می‌رفت، هیچ یافت نشد (پروندهٔ خالی؟)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="22" />
        <source>cannot open the file for reading</source>
        <translation>پرونده برای خواندن باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="23" />
        <source>{1}: no such project file</source>
        <translation>{1}: چنین پروندهٔ پروژه‌ای وجود ندارد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24" />
        <source>{1}: not an mner-studio project (an SQLite file of another program)</source>
        <translation>{1}: پروژهٔ mner-studio نیست (پروندهٔ SQLite برنامه‌ای دیگر)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="25" />
        <source>{1}: not an mner-studio project (not an SQLite database)</source>
        <translation>{1}: پروژهٔ mner-studio نیست (پایگاه‌دادهٔ SQLite نیست)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26" />
        <source>{1}: another program is writing this project (an import into a new project?); open it again when it has finished</source>
        <translation>{1}: برنامهٔ دیگری در حال نوشتن این پروژه است (درون‌ریزی در یک پروژهٔ تازه؟)؛ وقتی تمام شد دوباره بازش کنید</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="27" />
        <source>import cancelled; nothing was imported</source>
        <translation>درون‌ریزی لغو شد؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28" />
        <source>tweet {1} was changed elsewhere since this edit; reload it</source>
        <translation>توییت {1} پس از این ویرایش جای دیگری تغییر کرده است؛ آن را دوباره بارگذاری کنید</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="29" />
        <source>no layer named '{1}' in {2} (see 'mner info')</source>
        <translation>لایه‌ای به نام '{1}' در {2} نیست (نگاه کنید به 'mner info')</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30" />
        <source>'{1}' cannot be an entity type (a name without spaces, not O)</source>
        <translation>'{1}' نمی‌تواند نوع موجودیت باشد (نامی بدون فاصله، نه O)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="31" />
        <source>{1}; nothing was imported</source>
        <translation>{1}؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33" />
        <source>{1}:{2}: {3} tweet(s) are already in the project (the first: id '{4}'); choose to skip, keep or replace them; nothing was imported</source>
        <translation>{1}:{2}: {3} توییت از پیش در پروژه است (نخستین: شناسهٔ '{4}')؛ گذشتن، نگه‌داشتن یا جایگزینی را برگزینید؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="35" />
        <source>{1}: cannot open the model file</source>
        <translation>{1}: پروندهٔ مدل باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36" />
        <source>{1}: not an mner model file (wrong signature)</source>
        <translation>{1}: پروندهٔ مدل mner نیست (امضای نادرست)</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="37" />
        <source>{1}: unreadable model header: {2}</source>
        <translation>{1}: سرآیند مدل خوانا نیست: {2}</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="55" />
        <source>%1:%2: %3</source>
        <translation>%1، سطر %2: %3</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location filename="../ui/widgets.h" line="12" />
        <source>Reference layer</source>
        <translation>لایهٔ مرجع</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/editcommands.cpp" line="27" />
        <source>label tokens %1–%2</source>
        <translation>برچسب توکن‌های %1 تا %2</translation>
    </message>
    <message>
        <location filename="../ui/editcommands.cpp" line="54" />
        <source>%1 The edit is kept and will be saved as soon as the project can be written.</source>
        <translation>%1 این ویرایش نگه داشته می‌شود و به محض قابل‌نوشتن شدن پروژه ذخیره خواهد شد.</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="25" />
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="20" />
        <source>%1 and %2 label no tweet in common.</source>
        <translation>%1 و %2 هیچ توییت مشترکی را برچسب نزده‌اند.</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="22" />
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; vs &lt;b&gt;%2&lt;/b&gt;: %3 tweets, %4 tokens&lt;br&gt;token agreement %5, chance %6, &lt;b&gt;Cohen's κ %7&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; در برابر &lt;b&gt;%2&lt;/b&gt;: %3 توییت، %4 توکن&lt;br&gt;توافق توکنی %5، تصادفی %6، &lt;b&gt;کاپای کوهن %7&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="30" />
        <source>type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="31" />
        <source>in A</source>
        <translation>در A</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="31" />
        <source>in B</source>
        <translation>در B</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="42" />
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="22" />
        <source>%1 (bundled, %2)</source>
        <translation>%1 (همراه برنامه، %2)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="26" />
        <source>%1 v%2 (trained here %3, %4)</source>
        <translation>%1 نسخهٔ %2 (آموزش‌دیده در اینجا %3، %4)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="44" />
        <source>the bundled default (cwi)</source>
        <translation>پیش‌فرض همراه برنامه (cwi)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="53" />
        <source>Model for pre-annotation</source>
        <translation>مدل پیش‌حاشیه‌نویسی</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="53" />
        <source>Pre-annotate with:</source>
        <translation>پیش‌حاشیه‌نویسی با:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="42" />
        <source>Multimodal named entity recognition for tweets</source>
        <translation>بازشناسی چندوجهی موجودیت‌های نام‌دار در توییت‌ها</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="45" />
        <source>Project file (*.mner) or server project (postgresql://USER@HOST/DB?project=NAME) to open</source>
        <translation>فایل پروژه (*.mner) یا پروژهٔ سرور (postgresql://USER@HOST/DB?project=NAME) برای باز کردن</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="47" />
        <source>Annotate as NAME (remembered)</source>
        <translation>حاشیه‌نویسی با نام NAME (به خاطر سپرده می‌شود)</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="48" />
        <source>Open (a copy of) the demo project</source>
        <translation>باز کردن (رونوشتی از) پروژهٔ نمایشی</translation>
    </message>
    <message>
        <location filename="../app/mner-studio/main.cpp" line="49" />
        <source>Interface language (de, fa, en)</source>
        <translation>زبان رابط (de، fa، en)</translation>
    </message>
</context>
<context>
    <name>mner::ui::AgreementDialog</name>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="70" />
        <source>Agreement</source>
        <translation>توافق</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="88" />
        <source>The project has no layers to compare.</source>
        <translation>پروژه لایه‌ای برای مقایسه ندارد.</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="93" />
        <source>Comparing %1 and %2…</source>
        <translation>در حال مقایسهٔ %1 و %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/agreementdialog.cpp" line="98" />
        <source>Comparing %1 and %2… %Ln tweets in common so far</source>
        <translation>
            <numerusform>در حال مقایسهٔ %1 و %2… تا اینجا %Ln توییت مشترک</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="101" />
        <source>Cannot compare: %1</source>
        <translation>مقایسه ممکن نیست: %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::EntityTypesDialog</name>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="33" />
        <location filename="../ui/entitytypesdialog.cpp" line="43" />
        <source>Entity types</source>
        <translation>نوع‌های موجودیت</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="36" />
        <source>The keys 1–9 label the types in this order. Renaming or merging changes the labels of every layer at once.</source>
        <translation>کلیدهای ۱ تا ۹ نوع‌ها را به همین ترتیب برچسب می‌زنند. تغییر نام یا ادغام، برچسب‌های همهٔ لایه‌ها را یک‌جا تغییر می‌دهد.</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="52" />
        <source>&amp;Add…</source>
        <translation>&amp;افزودن…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="54" />
        <source>Add a type</source>
        <translation>افزودن نوع</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="54" />
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="57" />
        <source>&amp;Rename…</source>
        <translation>&amp;تغییر نام…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="58" />
        <source>&amp;Merge into…</source>
        <translation>&amp;ادغام در…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="59" />
        <source>&amp;Colour…</source>
        <translation>&amp;رنگ…</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="63" />
        <source>Colour of %1</source>
        <translation>رنگ %1</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="68" />
        <source>&amp;Up</source>
        <translation>&amp;بالا</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="69" />
        <source>&amp;Down</source>
        <translation>&amp;پایین</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="74" />
        <source>&amp;Aliases:</source>
        <translation>&amp;نام‌های هم‌ارز:</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="76" />
        <source>Type aliases</source>
        <translation>نام‌های هم‌ارز نوع‌ها</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="77" />
        <source>a model's type = this project's type, e.g. geo-loc=LOC, person=PER</source>
        <translation>نوع مدل = نوع این پروژه، مانند geo-loc=LOC، person=PER</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="78" />
        <source>Models that say one of these types write the project's type instead (MISC = OTHER always holds).</source>
        <translation>مدل‌هایی که یکی از این نوع‌ها را می‌گویند به‌جای آن نوع پروژه را می‌نویسند (MISC = OTHER همیشه برقرار است).</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="110" />
        <source>%1   (key %2)</source>
        <translation>%1   (کلید %2)</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="118" />
        <source>'%1' cannot be added: a new name without spaces is needed.</source>
        <translation>'%1' افزوده نمی‌شود: نامی تازه و بدون فاصله لازم است.</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="137" />
        <location filename="../ui/entitytypesdialog.cpp" line="139" />
        <source>Merge %1</source>
        <translation>ادغام %1</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="137" />
        <source>Merge into:</source>
        <translation>ادغام در:</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="140" />
        <source>Every %1 label of every layer becomes %2. Continue?</source>
        <translation>هر برچسب %1 در همهٔ لایه‌ها %2 می‌شود. ادامه می‌دهید؟</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="143" />
        <source>Rename %1</source>
        <translation>تغییر نام %1</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="143" />
        <source>New name:</source>
        <translation>نام تازه:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entitytypesdialog.cpp" line="164" />
        <source>Merged %1 into %2: %n label(s) changed.</source>
        <translation>
            <numerusform>%1 در %2 ادغام شد: %n برچسب تغییر کرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/entitytypesdialog.cpp" line="165" />
        <source>Renamed %1 to %2: %n label(s) changed.</source>
        <translation>
            <numerusform>نام %1 به %2 تغییر کرد: %n برچسب تغییر کرد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="169" />
        <source>Cannot rename %1: %2</source>
        <translation>نام %1 تغییر نمی‌کند: %2</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="190" />
        <source>Aliases are written A=B, separated by commas.</source>
        <translation>نام‌های هم‌ارز به شکل A=B و جداشده با ویرگول نوشته می‌شوند.</translation>
    </message>
    <message>
        <location filename="../ui/entitytypesdialog.cpp" line="201" />
        <source>Cannot store the types: %1</source>
        <translation>نوع‌ها ذخیره نمی‌شوند: %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::ErrorBrowser</name>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="322" />
        <source>correct</source>
        <translation>درست</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="323" />
        <source>wrong type</source>
        <translation>نوع نادرست</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="324" />
        <source>wrong boundary</source>
        <translation>مرز نادرست</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="325" />
        <source>wrong type and boundary</source>
        <translation>نوع و مرز نادرست</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="326" />
        <source>missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="327" />
        <source>spurious</source>
        <translation>اضافی</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="333" />
        <source>Error browser</source>
        <translation>مرورگر خطاها</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="338" />
        <source>Model layer</source>
        <translation>لایهٔ مدل</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="340" />
        <source>Error kind</source>
        <translation>نوع خطا</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="341" />
        <source>all errors</source>
        <translation>همهٔ خطاها</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="344" />
        <source>Entity type</source>
        <translation>نوع موجودیت</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="346" />
        <source>search text</source>
        <translation>جست‌وجوی متن</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="347" />
        <source>Search errors</source>
        <translation>جست‌وجو در خطاها</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="349" />
        <source>Reference:</source>
        <translation>مرجع:</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="156" />
        <source>Tweet</source>
        <translation>توییت</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="157" />
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="158" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="159" />
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="160" />
        <source>Predicted</source>
        <translation>پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="161" />
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="368" />
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/errorbrowser.cpp" line="401" />
        <source>%n row(s), reading…</source>
        <translation>
            <numerusform>%n ردیف، در حال خواندن…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/errorbrowser.cpp" line="402" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="447" />
        <source>all models</source>
        <translation>همهٔ مدل‌ها</translation>
    </message>
    <message>
        <location filename="../ui/errorbrowser.cpp" line="448" />
        <source>all types</source>
        <translation>همهٔ نوع‌ها</translation>
    </message>
</context>
<context>
    <name>mner::ui::ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="16" />
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="22" />
        <source>all splits</source>
        <translation>همهٔ بخش‌ها</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26" />
        <source>&amp;Layer:</source>
        <translation>&amp;لایه:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="27" />
        <source>&amp;Split:</source>
        <translation>&amp;بخش:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="28" />
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
</context>
<context>
    <name>mner::ui::ImagePanel</name>
    <message>
        <location filename="../ui/imagepanel.cpp" line="24" />
        <source>Tweet image</source>
        <translation>تصویر توییت</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="26" />
        <source>Wheel zooms, double click fits the image</source>
        <translation>چرخ ماوس بزرگ‌نمایی می‌کند، دوبار کلیک تصویر را جا می‌دهد</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="36" />
        <source>Image words</source>
        <translation>واژه‌های تصویر</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="47" />
        <source>This tweet has no image</source>
        <translation>این توییت تصویری ندارد</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="49" />
        <source>Image %1 is not available</source>
        <translation>تصویر %1 در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="55" />
        <source>Image %1 could not be read:
%2</source>
        <translation>تصویر %1 خوانده نشد:
%2</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="70" />
        <source>No image words</source>
        <translation>واژهٔ تصویری وجود ندارد</translation>
    </message>
    <message>
        <location filename="../ui/imagepanel.cpp" line="123" />
        <source>Image %1 lies outside the project's folder:
%2
View › Allow images outside the project shows it.</source>
        <translation>تصویر %1 بیرون از پوشهٔ پروژه است:
%2
نما › اجازهٔ تصویرهای بیرون از پروژه آن را نشان می‌دهد.</translation>
    </message>
</context>
<context>
    <name>mner::ui::ImportDialog</name>
    <message>
        <location filename="../ui/importdialog.cpp" line="37" />
        <source>Import tweets</source>
        <translation>درون‌ریزی توییت‌ها</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="40" />
        <source>Files to import</source>
        <translation>پرونده‌های درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="41" />
        <source>Add files…</source>
        <translation>افزودن پرونده‌ها…</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="43" />
        <source>Annotated tweets</source>
        <translation>توییت‌های حاشیه‌نویسی‌شده</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="44" />
        <source>Annotated text (*.txt *.conll *.jsonl *.json *.tsv);;All files (*)</source>
        <translation>متن حاشیه‌نویسی‌شده (*.txt *.conll *.jsonl *.json *.tsv);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="50" />
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="52" />
        <source>the file's name (train, valid, …)</source>
        <translation>نام پرونده (train، valid، …)</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="55" />
        <source>Store images inside the project</source>
        <translation>ذخیرهٔ تصویرها درون پروژه</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="56" />
        <source>&amp;Format:</source>
        <translation>&amp;قالب:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="57" />
        <source>&amp;Split:</source>
        <translation>&amp;بخش:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="58" />
        <source>&amp;Captions file:</source>
        <translation>پروندهٔ &amp;زیرنویس‌ها:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="58" />
        <source>Captions</source>
        <translation>زیرنویس‌ها</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59" />
        <source>&amp;Images folder:</source>
        <translation>پوشهٔ &amp;تصویرها:</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="59" />
        <source>Images folder</source>
        <translation>پوشهٔ تصویرها</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="87" />
        <source>Tweets already in the project</source>
        <translation>توییت‌هایی که از پیش در پروژه هستند</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importdialog.cpp" line="88" />
        <source>%n tweet(s) of this import are already in the project (the first at %1, line %2).</source>
        <translation>
            <numerusform>%n توییت از این درون‌ریزی از پیش در پروژه است (نخستین در %1، سطر %2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="93" />
        <source>Skip them, import them again as new tweets, or replace their gold labels (corrections and history stay)?</source>
        <translation>از آن‌ها بگذریم، دوباره به‌عنوان توییت‌های تازه درون‌ریزی شوند، یا برچسب‌های طلایی‌شان جایگزین شود (اصلاح‌ها و تاریخچه می‌مانند)؟</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="95" />
        <source>Skip them</source>
        <translation>گذشتن از آن‌ها</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="96" />
        <source>Import again</source>
        <translation>درون‌ریزی دوباره</translation>
    </message>
    <message>
        <location filename="../ui/importdialog.cpp" line="97" />
        <source>Replace gold labels</source>
        <translation>جایگزینی برچسب‌های طلایی</translation>
    </message>
</context>
<context>
    <name>mner::ui::KeyLegend</name>
    <message>
        <location filename="../ui/keylegend.cpp" line="7" />
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location filename="../ui/keylegend.cpp" line="14" />
        <source>&lt;small&gt;%1 · &lt;b&gt;0&lt;/b&gt;/&lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;B&lt;/b&gt; take the span of the first/second row below · &lt;b&gt;Shift+A&lt;/b&gt;/&lt;b&gt;Shift+B&lt;/b&gt; the whole tweet · &lt;b&gt;←→&lt;/b&gt; move, &lt;b&gt;Shift&lt;/b&gt; extend · &lt;b&gt;PgDn&lt;/b&gt;/&lt;b&gt;PgUp&lt;/b&gt; next/previous tweet · &lt;b&gt;U&lt;/b&gt; most uncertain · &lt;b&gt;D&lt;/b&gt; next disagreement · &lt;b&gt;Enter&lt;/b&gt; done · &lt;b&gt;Shift+Enter&lt;/b&gt; skip · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo&lt;/small&gt;</source>
        <translation>&lt;small&gt;%1 · &lt;b&gt;0&lt;/b&gt;/&lt;b&gt;Del&lt;/b&gt; پاک کردن · &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;B&lt;/b&gt; گرفتن بازهٔ ردیف نخست/دوم زیرین · &lt;b&gt;Shift+A&lt;/b&gt;/&lt;b&gt;Shift+B&lt;/b&gt; کل توییت · &lt;b&gt;←→&lt;/b&gt; جابه‌جایی، &lt;b&gt;Shift&lt;/b&gt; گسترش · &lt;b&gt;PgDn&lt;/b&gt;/&lt;b&gt;PgUp&lt;/b&gt; توییت بعدی/قبلی · &lt;b&gt;U&lt;/b&gt; نامطمئن‌ترین · &lt;b&gt;D&lt;/b&gt; ناهمخوانی بعدی · &lt;b&gt;Enter&lt;/b&gt; انجام شد · &lt;b&gt;Shift+Enter&lt;/b&gt; رد کردن · &lt;b&gt;Ctrl+Z&lt;/b&gt; واگرد&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>mner::ui::KeysDialog</name>
    <message>
        <location filename="../ui/keysdialog.cpp" line="26" />
        <source>tweet view and list</source>
        <translation>نمای توییت و فهرست</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="26" />
        <location filename="../ui/keysdialog.cpp" line="31" />
        <source>tweet view</source>
        <translation>نمای توییت</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="27" />
        <source>anywhere in the window</source>
        <translation>هر جای پنجره</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="32" />
        <source>Left, Right</source>
        <translation>چپ، راست</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="32" />
        <source>Previous, next token</source>
        <translation>توکن پیشین، پسین</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="33" />
        <source>Up, Down</source>
        <translation>بالا، پایین</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="33" />
        <source>Token on the line above, below</source>
        <translation>توکن در خط بالا، پایین</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="34" />
        <source>Home, End</source>
        <translation>Home، End</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="34" />
        <source>First, last token</source>
        <translation>نخستین، واپسین توکن</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="35" />
        <source>Shift + any of these</source>
        <translation>Shift + هر یک از این‌ها</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="35" />
        <source>Extend the selection</source>
        <translation>گسترش گزینش</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="46" />
        <location filename="../ui/keysdialog.cpp" line="50" />
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Does</source>
        <translation>کار</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <location filename="../ui/keysdialog.cpp" line="51" />
        <source>Acts in</source>
        <translation>کار می‌کند در</translation>
    </message>
</context>
<context>
    <name>mner::ui::LabelAllDialog</name>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="14" />
        <source>Label all occurrences</source>
        <translation>برچسب‌زدن همهٔ رخدادها</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labelalldialog.cpp" line="17" />
        <source>“%1” occurs unlabelled in %n more place(s). Label the checked ones as %2 (one step: Undo takes them all back).</source>
        <translation>
            <numerusform>«%1» در %n جای دیگر بی‌برچسب آمده است. موارد تیک‌خورده را %2 برچسب بزنید (یک گام: واگرد همه را برمی‌گرداند).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="25" />
        <source>Occurrences</source>
        <translation>رخدادها</translation>
    </message>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="34" />
        <source>Check &amp;all</source>
        <translation>تیک &amp;همه</translation>
    </message>
    <message>
        <location filename="../ui/labelalldialog.cpp" line="35" />
        <source>Check &amp;none</source>
        <translation>&amp;هیچ‌کدام</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labelalldialog.cpp" line="70" />
        <source>&amp;Label %n as %1</source>
        <translation>
            <numerusform>&amp;برچسب %1 برای %n مورد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mner::ui::LayerPairDialog</name>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="55" />
        <source>Layer A</source>
        <translation>لایهٔ A</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="56" />
        <source>Layer B</source>
        <translation>لایهٔ B</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="58" />
        <source>Layer &amp;A:</source>
        <translation>لایهٔ &amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/agreementdialog.cpp" line="59" />
        <source>Layer &amp;B:</source>
        <translation>لایهٔ &amp;B:</translation>
    </message>
</context>
<context>
    <name>mner::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120" />
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125" />
        <source>Scores</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137" />
        <source>Model run progress</source>
        <translation>پیشرفت اجرای مدل</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141" />
        <source>Import progress</source>
        <translation>پیشرفت درون‌بری</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141" />
        <source>Stop importing</source>
        <translation>توقف درون‌بری</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146" />
        <source>Edits waiting to be saved</source>
        <translation>ویرایش‌های در انتظار ذخیره</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139" />
        <source>Image tagging progress</source>
        <translation>پیشرفت برچسب‌گذاری تصویرها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139" />
        <source>Stop tagging</source>
        <translation>توقف برچسب‌گذاری</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="32" />
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="33" />
        <source>&amp;New Project…</source>
        <translation>پروژهٔ &amp;تازه…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="35" />
        <source>&amp;Open Project…</source>
        <translation>&amp;باز کردن پروژه…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="37" />
        <source>Open &amp;Server Project…</source>
        <translation>باز کردن پروژهٔ &amp;سرور…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="39" />
        <source>&amp;Import…</source>
        <translation>&amp;درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="41" />
        <source>&amp;Export…</source>
        <translation>&amp;برون‌بری…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="44" />
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="46" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="49" />
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="50" />
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="52" />
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="69" />
        <location filename="../ui/mainmenus.cpp" line="220" />
        <source>Label as type %1</source>
        <translation>برچسب با نوع %1</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="78" />
        <source>This project has no type %1 (Edit › Entity types)</source>
        <translation>این پروژه نوع %1 ندارد (ویرایش › نوع‌های موجودیت)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="81" />
        <source>Label as PER</source>
        <translation>برچسب PER</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="82" />
        <source>Label as LOC</source>
        <translation>برچسب LOC</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="83" />
        <source>Label as ORG</source>
        <translation>برچسب ORG</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="84" />
        <source>Label as OTHER/MISC</source>
        <translation>برچسب OTHER/MISC</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="85" />
        <source>Clear label</source>
        <translation>پاک کردن برچسب</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="86" />
        <source>Label all &amp;occurrences…</source>
        <translation>برچسب‌زدن همهٔ &amp;رخدادها…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="89" />
        <source>Offer every other unlabelled occurrence of the span at the cursor, to label as one step</source>
        <translation>هر رخداد بی‌برچسب دیگرِ بازهٔ زیر مکان‌نما را برای برچسب‌زدن در یک گام پیشنهاد می‌دهد</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="91" />
        <source>Entity &amp;types…</source>
        <translation>&amp;نوع‌های موجودیت…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="94" />
        <source>Accept span of the first row below</source>
        <translation>پذیرفتن بازهٔ نخستین ردیف زیرین</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="97" />
        <source>Accept tweet of the first row below</source>
        <translation>پذیرفتن کل توییت از نخستین ردیف زیرین</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="100" />
        <source>Accept span of the second row below</source>
        <translation>پذیرفتن بازهٔ دومین ردیف زیرین</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="103" />
        <source>Accept tweet of the second row below</source>
        <translation>پذیرفتن کل توییت از دومین ردیف زیرین</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="107" />
        <source>&amp;Tweet</source>
        <translation>&amp;توییت</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="108" />
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="111" />
        <source>&amp;Previous</source>
        <translation>&amp;قبلی</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="114" />
        <source>&amp;Reload</source>
        <translation>&amp;بارگذاری دوباره</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="117" />
        <source>Next &amp;uncertain</source>
        <translation>&amp;نامطمئن‌ترین</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="120" />
        <source>Next &amp;disagreement</source>
        <translation>ناهم&amp;خوانی بعدی</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="124" />
        <source>Mark &amp;done</source>
        <translation>علامت &amp;انجام‌شده</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="127" />
        <source>&amp;Skip</source>
        <translation>&amp;رد کردن</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="131" />
        <source>&amp;Model</source>
        <translation>&amp;مدل</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="132" />
        <source>&amp;Run model…</source>
        <translation>&amp;اجرای مدل…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="134" />
        <source>Re&amp;train…</source>
        <translation>&amp;آموزش دوباره…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="139" />
        <source>Model for &amp;pre-annotation…</source>
        <translation>مدل &amp;پیش‌حاشیه‌نویسی…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="140" />
        <source>&amp;Tag images</source>
        <translation>&amp;برچسب‌گذاری تصویرها</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="143" />
        <source>Store the five best ImageNet classes of every image not tagged yet as its image words</source>
        <translation>ذخیرهٔ پنج ردهٔ برتر ImageNet هر تصویر برچسب‌نخورده به‌عنوان واژه‌های تصویر</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="144" />
        <source>Tag all images again</source>
        <translation>برچسب‌گذاری دوبارهٔ همهٔ تصویرها</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="166" />
        <source>Back to the &amp;tweet</source>
        <translation>بازگشت به &amp;توییت</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="175" />
        <source>Escape returns the keys to the tweet from a filter, a table or a dock</source>
        <translation>Escape کلیدها را از پالایه، جدول یا پنل به توییت برمی‌گرداند</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="177" />
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="178" />
        <source>Allow images outside the project</source>
        <translation>اجازهٔ تصویرهای بیرون از پروژه</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="186" />
        <source>&amp;Suggestions row</source>
        <translation>ردیف &amp;پیشنهادها</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="190" />
        <source>Spans labelled before and gazetteer entries (File › Settings) as a row below the tweet</source>
        <translation>بازه‌های برچسب‌خوردهٔ پیشین و مدخل‌های فهرست نام (پرونده › تنظیمات) در ردیفی زیر توییت</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="197" />
        <source>&amp;Agreement…</source>
        <translation>&amp;توافق…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="198" />
        <source>A&amp;djudicate…</source>
        <translation>&amp;داوری…</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="200" />
        <source>Stop adjudicating</source>
        <translation>پایان داوری</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="201" />
        <source>Refresh errors and scores</source>
        <translation>به‌روزرسانی خطاها و امتیازها</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="206" />
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="207" />
        <source>&amp;Keys</source>
        <translation>&amp;کلیدها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202" />
        <source>quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="207" />
        <source>%n edit(s) could not be saved: %1</source>
        <translation>
            <numerusform>%n ویرایش ذخیره نشد: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213" />
        <location filename="../ui/mainwindow.cpp" line="310" />
        <source>Edits not saved</source>
        <translation>ویرایش‌ها ذخیره نشدند</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214" />
        <source>Free some disk space or make the project writable, then retry.</source>
        <translation>کمی فضای دیسک آزاد کنید یا پروژه را قابل‌نوشتن کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216" />
        <source>Quit and lose them</source>
        <translation>خروج و از دست دادن آن‌ها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252" />
        <source>%1 on %2</source>
        <translation>%1 روی %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="269" />
        <source> · this session %n done, %1/h</source>
        <translation>
            <numerusform> · این نشست %n انجام‌شده، %1 در ساعت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="361" />
        <source>Edit not saved</source>
        <translation>ویرایش ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>%1 — mner-studio</source>
        <translation>%1 — mner-studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256" />
        <source>mner-studio</source>
        <translation>mner-studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265" />
        <source>%1 / %2 done · %3</source>
        <translation>%1 از %2 انجام شد · %3</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="220" />
        <source>Label as %1</source>
        <translation>برچسب با %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="311" />
        <source>%n edit(s) of this project are not saved yet; the project stays open until they are.</source>
        <translation>
            <numerusform>%n ویرایش این پروژه هنوز ذخیره نشده است؛ پروژه تا ذخیرهٔ آن‌ها باز می‌ماند.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314" />
        <source>open the other project</source>
        <translation>پروژهٔ دیگر باز شود</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319" />
        <location filename="../ui/mainwindow.cpp" line="332" />
        <source>Cannot open project</source>
        <translation>پروژه باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339" />
        <source>Cannot restore the undo history</source>
        <translation>تاریخچهٔ واگرد بازیابی نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="450" />
        <source>Work in progress</source>
        <translation>کار در جریان است</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451" />
        <source>%1 is in progress: stop it and %2?</source>
        <translation>%1 در جریان است: متوقف شود و %2؟</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451" />
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452" />
        <source>What it has not written yet is lost.</source>
        <translation>آنچه هنوز نوشته نشده از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453" />
        <source>Stop and go on</source>
        <translation>توقف و ادامه</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454" />
        <source>Keep working</source>
        <translation>ادامهٔ کار</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512" />
        <source>gold (corrected)</source>
        <translation>طلایی (اصلاح‌شده)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="554" />
        <source>suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="558" />
        <source>Tweet %1 (%2)</source>
        <translation>توییت %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566" />
        <location filename="../ui/mainwindow.cpp" line="580" />
        <source>The project cannot be read now: %1</source>
        <translation>اکنون نمی‌توان پروژه را خواند: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605" />
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605" />
        <source>Some suggestions could not be read:
%1</source>
        <translation>برخی پیشنهادها خوانده نشدند:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="150" />
        <location filename="../ui/mainwindow.cpp" line="561" />
        <location filename="../ui/mainwindow.cpp" line="567" />
        <source>Cannot show tweet</source>
        <translation>توییت نمایش داده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="35" />
        <source>This tweet was changed in another session since it was shown.</source>
        <translation>این توییت پس از نمایش در نشست دیگری تغییر کرده است.</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="37" />
        <source>Tweet changed elsewhere</source>
        <translation>توییت در جای دیگری تغییر کرد</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="37" />
        <source>Apply your change on top of theirs?</source>
        <translation>ویرایش شما روی ویرایش آن‌ها اعمال شود؟</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="42" />
        <source>It was reloaded; nothing was overwritten.</source>
        <translation>دوباره بارگذاری شد؛ چیزی بازنویسی نشد.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="630" />
        <source>All waiting edits are saved</source>
        <translation>همهٔ ویرایش‌های در انتظار ذخیره شدند</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="634" />
        <source>%n edit(s) not saved yet</source>
        <translation>
            <numerusform>%n ویرایش هنوز ذخیره نشده</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="58" />
        <source>This project has no type %1 (Edit › Entity types adds one)</source>
        <translation>این پروژه نوع %1 ندارد (ویرایش › نوع‌های موجودیت آن را می‌افزاید)</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="62" />
        <source>clear tokens %1–%2</source>
        <translation>پاک کردن توکن‌های %1 تا %2</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="62" />
        <source>label %1 as %2</source>
        <translation>برچسب %2 برای %1</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="73" />
        <source>Label a span first: this key then offers its other unlabelled occurrences</source>
        <translation>نخست بازه‌ای را برچسب بزنید: سپس این کلید رخدادهای بی‌برچسب دیگرش را پیشنهاد می‌دهد</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="98" />
        <source>Cannot search the project</source>
        <translation>جست‌وجو در پروژه ممکن نیست</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="108" />
        <source>“%1” occurs nowhere else unlabelled</source>
        <translation>«%1» جای دیگری بی‌برچسب نیامده است</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainkeys.cpp" line="141" />
        <source>label %n more occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>برچسب %2 برای %n رخداد دیگر «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainkeys.cpp" line="143" />
        <source>Labelled %n more occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%n رخداد دیگر «%1» برچسب %2 گرفت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="157" />
        <source>accept %1 span</source>
        <translation>پذیرفتن بازهٔ %1</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="161" />
        <source>No %1 span at the cursor</source>
        <translation>بازه‌ای از %1 زیر مکان‌نما نیست</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="168" />
        <source>accept %1 tweet</source>
        <translation>پذیرفتن توییت %1</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="192" />
        <source>Most uncertain open tweet by %1 (%2: %3)</source>
        <translation>نامطمئن‌ترین توییت باز به گفتهٔ %1 (%2: %3)</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="228" />
        <source>mark done</source>
        <translation>علامت انجام‌شده</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="228" />
        <source>skip</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="187" />
        <source>No open tweet with a score from %1</source>
        <translation>توییت بازی با امتیاز %1 نیست</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="209" />
        <source>No more disagreements below this one</source>
        <translation>ناهم‌خوانی دیگری پایین‌تر نیست</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="223" />
        <location filename="../ui/mainkeys.cpp" line="238" />
        <source>Status not saved</source>
        <translation>وضعیت ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="30" />
        <location filename="../ui/mainjobs.cpp" line="75" />
        <location filename="../ui/mainjobs.cpp" line="158" />
        <source>No project</source>
        <translation>پروژه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="30" />
        <location filename="../ui/mainjobs.cpp" line="75" />
        <source>Create or open a project first.</source>
        <translation>نخست پروژه‌ای بسازید یا باز کنید.</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="48" />
        <source>A model is running</source>
        <translation>مدلی در حال اجراست</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="48" />
        <source>Cannot run the model</source>
        <translation>مدل اجرا نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="374" />
        <source>%1: %v/%m, %2 tweets/s</source>
        <translation>%1: %v/%m، %2 توییت در ثانیه</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370" />
        <source>loading %1…</source>
        <translation>بارگذاری %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371" />
        <source>Running %1 on %2</source>
        <translation>اجرای %1 روی %2</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="57" />
        <source>Model run failed</source>
        <translation>اجرای مدل ناموفق بود</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650" />
        <source>Edits go to layer %1</source>
        <translation>ویرایش‌ها به لایهٔ %1 می‌روند</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="253" />
        <location filename="../ui/mainkeys.cpp" line="256" />
        <source>Adjudicate</source>
        <translation>داوری</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="256" />
        <source>Choose two different layers.</source>
        <translation>دو لایهٔ متفاوت برگزینید.</translation>
    </message>
    <message>
        <location filename="../ui/mainkeys.cpp" line="260" />
        <source>Adjudicating %1 against %2 into the curated layer: D next disagreement, A/B take a span, Shift+A/Shift+B take a whole tweet</source>
        <translation>داوری %1 در برابر %2 در لایهٔ نهایی: D ناهم‌خوانی بعدی، A/B پذیرفتن یک بازه، Shift+A/Shift+B پذیرفتن کل توییت</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="102" />
        <source>Kept %1 in the project (dev F1 %2); tagging all tweets with it</source>
        <translation>%1 در پروژه نگه داشته شد (F1 توسعه %2)؛ همهٔ توییت‌ها با آن برچسب می‌خورند</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="106" />
        <source>Cannot keep the model</source>
        <translation>مدل نگه داشته نمی‌شود</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="108" />
        <source>Retraining failed</source>
        <translation>آموزش دوباره ناموفق بود</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="116" />
        <source>Images are being tagged</source>
        <translation>تصویرها در حال برچسب‌گذاری‌اند</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="116" />
        <source>Wait for the current run to finish or stop it.</source>
        <translation>صبر کنید تا اجرای کنونی تمام شود یا آن را متوقف کنید.</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="122" />
        <source>tagging images %v/%m</source>
        <translation>برچسب‌گذاری تصویرها %v/%m</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="124" />
        <source>loading the image tagger…</source>
        <translation>بارگذاری برچسب‌زن تصویر…</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="127" />
        <source>image tagging</source>
        <translation>برچسب‌زنی تصویرها</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="140" />
        <source>Cannot tag the images</source>
        <translation>تصویرها برچسب نمی‌خورند</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="142" />
        <source>%1 tagged %2 images in %3 s</source>
        <translation>%1 در %3 ثانیه %2 تصویر را برچسب زد</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="143" />
        <source>; %1 were tagged before</source>
        <translation>؛ %1 پیش‌تر برچسب خورده بودند</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="144" />
        <source>; stopped, what was tagged is kept</source>
        <translation>؛ متوقف شد، برچسب‌های زده‌شده می‌مانند</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="145" />
        <source>; %1 could not be read (%2)</source>
        <translation>؛ %1 خوانده نشدند (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="229" />
        <source>New project</source>
        <translation>پروژهٔ تازه</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="229" />
        <source>mner projects (*.mner)</source>
        <translation>پروژه‌های mner (*.mner)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="245" />
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="245" />
        <source>mner projects (*.mner);;All files (*)</source>
        <translation>پروژه‌های mner (*.mner);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="158" />
        <source>Create or open a project first (File › New Project).</source>
        <translation>نخست پروژه‌ای بسازید یا باز کنید (پرونده › پروژهٔ تازه).</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="253" />
        <source>Export to</source>
        <translation>برون‌بری به</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="253" />
        <source>Text (*.txt *.conll *.jsonl)</source>
        <translation>متن (*.txt *.conll *.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="257" />
        <source>Exported %1 tweets to %2</source>
        <translation>%1 توییت به %2 برون‌بری شد</translation>
    </message>
    <message>
        <location filename="../ui/mainmenus.cpp" line="258" />
        <source>Export failed</source>
        <translation>برون‌بری ناموفق بود</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="199" />
        <location filename="../ui/mainjobs.cpp" line="205" />
        <source>Import cancelled; nothing was imported</source>
        <translation>درون‌ریزی لغو شد؛ چیزی درون‌ریزی نشد</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="217" />
        <source>Imported %1 tweets; %2 were already in the project</source>
        <translation>%1 توییت درون‌ریزی شد؛ %2 از پیش در پروژه بودند</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="218" />
        <source>Imported %1 tweets</source>
        <translation>%1 توییت درون‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="207" />
        <source>Import failed</source>
        <translation>درون‌ریزی ناموفق بود</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="176" />
        <source>An import is running</source>
        <translation>درون‌بری در جریان است</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="176" />
        <source>Wait for the current import to finish or stop it.</source>
        <translation>صبر کنید تا درون‌بری کنونی تمام شود یا آن را متوقف کنید.</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="184" />
        <source>importing %v/%m tweets</source>
        <translation>درون‌بری %v/%m توییت</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="186" />
        <source>reading the files…</source>
        <translation>خواندن پرونده‌ها…</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="188" />
        <source>an import</source>
        <translation>درون‌بری</translation>
    </message>
    <message>
        <location filename="../ui/mainjobs.cpp" line="207" />
        <source>Nothing was imported.
%1</source>
        <translation>چیزی درون‌ریزی نشد.
%1</translation>
    </message>
</context>
<context>
    <name>mner::ui::ModelRunner</name>
    <message>
        <location filename="../ui/modelrunner.cpp" line="90" />
        <location filename="../ui/modelrunner.cpp" line="91" />
        <source>CPU, 1 thread</source>
        <translation>پردازنده، ۱ رشته</translation>
    </message>
    <message>
        <location filename="../ui/modelrunner.cpp" line="90" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
</context>
<context>
    <name>mner::ui::ModelRuns</name>
    <message>
        <location filename="../ui/modelruns.cpp" line="19" />
        <source>Wait for the current run to finish or cancel it.</source>
        <translation>صبر کنید تا اجرای کنونی تمام شود یا آن را لغو کنید.</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="68" />
        <source>a model run</source>
        <translation>اجرای مدل</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="105" />
        <source>%1 of %2 tweets of %3 (running it again goes on from there)</source>
        <translation>%1 از %2 توییتِ %3 (اجرای دوباره از همان‌جا ادامه می‌دهد)</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="106" />
        <source>Model run cancelled; nothing was written</source>
        <translation>اجرای مدل لغو شد؛ چیزی نوشته نشد</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="107" />
        <source>Model run cancelled; %1 was written, the rest not</source>
        <translation>اجرای مدل لغو شد؛ %1 نوشته شد و بقیه نه</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="60" />
        <location filename="../ui/modelruns.cpp" line="81" />
        <source>Cannot store the predictions: %1</source>
        <translation>پیش‌بینی‌ها ذخیره نمی‌شوند: %1</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="119" />
        <source>%1 tagged %2 tweets in %3 s</source>
        <translation>%1 در %3 ثانیه %2 توییت را برچسب زد</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="120" />
        <source> (%1 more were tagged by the run that was stopped)</source>
        <translation> (%1 توییت دیگر را اجرای متوقف‌شده برچسب زده بود)</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="121" />
        <source> on CUDA</source>
        <translation> روی CUDA</translation>
    </message>
    <message>
        <location filename="../ui/modelruns.cpp" line="122" />
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>mner::ui::PreAnnotateHint</name>
    <message>
        <location filename="../ui/preannotatehint.cpp" line="22" />
        <source>Not now</source>
        <translation>اکنون نه</translation>
    </message>
    <message>
        <location filename="../ui/preannotatehint.cpp" line="41" />
        <source>No model has pre-annotated this project yet. %1 can label every tweet in the background; you then correct its spans instead of typing them.</source>
        <translation>هنوز هیچ مدلی این پروژه را پیش‌حاشیه‌نویسی نکرده است. %1 می‌تواند در پس‌زمینه به هر توییت برچسب بزند؛ سپس شما بازه‌هایش را اصلاح می‌کنید به جای آنکه تایپشان کنید.</translation>
    </message>
    <message>
        <location filename="../ui/preannotatehint.cpp" line="44" />
        <source>Pre-annotate with %1</source>
        <translation>پیش‌حاشیه‌نویسی با %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::RetrainDialog</name>
    <message>
        <location filename="../ui/retrain.cpp" line="104" />
        <source>Retrain from corrections</source>
        <translation>آموزش دوباره از اصلاح‌ها</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="108" />
        <source>Model to continue</source>
        <translation>مدلی که ادامه می‌یابد</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="116" />
        <source>Labels to learn</source>
        <translation>برچسب‌هایی که آموخته می‌شوند</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="121" />
        <source>Training splits</source>
        <translation>بخش‌های آموزشی</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="124" />
        <source>Dev split</source>
        <translation>بخش توسعه</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="125" />
        <source>(none: keep the last epoch)</source>
        <translation>(هیچ: آخرین دوره نگه داشته شود)</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="138" />
        <source>Epochs</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="140" />
        <source>Name of the new model</source>
        <translation>نام مدل تازه</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="141" />
        <source>Continue &amp;model:</source>
        <translation>ادامهٔ &amp;مدل:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="142" />
        <source>&amp;Labels:</source>
        <translation>&amp;برچسب‌ها:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="143" />
        <source>&amp;Train on:</source>
        <translation>&amp;آموزش روی:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="144" />
        <source>&amp;Select on:</source>
        <translation>&amp;گزینش روی:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="145" />
        <source>&amp;Epochs:</source>
        <translation>&amp;دوره‌ها:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="146" />
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="150" />
        <source>Learning curve</source>
        <translation>منحنی یادگیری</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="152" />
        <source>training loss</source>
        <translation>زیان آموزش</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="154" />
        <source>dev F1</source>
        <translation>F1 توسعه</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="158" />
        <source>epoch</source>
        <translation>دوره</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="162" />
        <source>loss</source>
        <translation>زیان</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="164" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="178" />
        <source>Training progress</source>
        <translation>پیشرفت آموزش</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="184" />
        <source>&amp;Train</source>
        <translation>&amp;آموزش</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="185" />
        <location filename="../ui/retrain.cpp" line="308" />
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="215" />
        <source>This dialog has no project session to train in.</source>
        <translation>این گفت‌وگو نشست پروژه‌ای برای آموزش ندارد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/retrain.cpp" line="221" />
        <source>%n edit(s) are not written to the project yet, and training would miss them; retrain once they are saved.</source>
        <translation>
            <numerusform>%n ویرایش هنوز در پروژه نوشته نشده و آموزش آن‌ها را نمی‌بیند؛ پس از ذخیره شدنشان دوباره آموزش دهید.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="237" />
        <source>Choose at least one split to train on.</source>
        <translation>دست‌کم یک بخش برای آموزش برگزینید.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="239" />
        <source>The model would be selected on %1, which it also trains on: its F1 there would say nothing about new tweets. Uncheck %1 under Train on, or select on another split.</source>
        <translation>مدل روی %1 گزینش می‌شود که روی آن آموزش هم می‌بیند: F1 آن در آنجا چیزی دربارهٔ توییت‌های تازه نمی‌گوید. تیک %1 را در «آموزش روی» بردارید یا روی بخش دیگری گزینش کنید.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="249" />
        <source>Choose a model to continue.</source>
        <translation>مدلی را برای ادامه برگزینید.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="272" />
        <source>epoch %1/%2: loss %3, dev F1 %4 (%5 s)</source>
        <translation>دورهٔ %1 از %2: زیان %3، F1 توسعه %4 (%5 ثانیه)</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="281" />
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="282" />
        <source>loading %1…</source>
        <translation>بارگذاری %1…</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="285" />
        <source>retraining</source>
        <translation>بازآموزی</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="301" />
        <source>stopping after this batch…</source>
        <translation>توقف پس از این دسته…</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="311" />
        <source>Training failed: %1</source>
        <translation>آموزش ناموفق بود: %1</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="313" />
        <source>Cancelled; nothing was kept.</source>
        <translation>لغو شد؛ چیزی نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="315" />
        <source>%1 tweets, best epoch %2, dev F1 %3, %4 s%5</source>
        <translation>%1 توییت، بهترین دوره %2، F1 توسعه %3، %4 ثانیه%5</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="320" />
        <source> (stopped early; the best epoch so far is kept)</source>
        <translation> (زودتر متوقف شد؛ بهترین دوره تا کنون نگه داشته شد)</translation>
    </message>
    <message>
        <location filename="../ui/retrain.cpp" line="321" />
        <source>The model's types changed: %1</source>
        <translation>نوع‌های مدل تغییر کرد: %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::RunModelDialog</name>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="62" />
        <source>Run model</source>
        <translation>اجرای مدل</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="65" />
        <source>Models</source>
        <translation>مدل‌ها</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="75" />
        <source>Add model file…</source>
        <translation>افزودن پروندهٔ مدل…</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="77" />
        <source>Model file</source>
        <translation>پروندهٔ مدل</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="77" />
        <source>mner models (*.mnerm)</source>
        <translation>مدل‌های mner (*.mnerm)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="81" />
        <source>All tweets</source>
        <translation>همهٔ توییت‌ها</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="82" />
        <source>Tweets in the list (filtered)</source>
        <translation>توییت‌های فهرست (پالوده)</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="83" />
        <source>This tweet</source>
        <translation>همین توییت</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="84" />
        <source>Tweets to tag</source>
        <translation>توییت‌های برچسب‌گذاری</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="88" />
        <source>Models (%1):</source>
        <translation>مدل‌ها (%1):</translation>
    </message>
    <message>
        <location filename="../ui/runmodeldialog.cpp" line="96" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mner::ui::ScoresPanel</name>
    <message>
        <location filename="../ui/scorespanel.cpp" line="31" />
        <source>Scores</source>
        <translation>امتیازها</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="36" />
        <source>Model for the confusion matrix</source>
        <translation>مدل ماتریس درهم‌ریختگی</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="37" />
        <source>Reference:</source>
        <translation>مرجع:</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="43" />
        <source>Scores per model and type</source>
        <translation>امتیازها به تفکیک مدل و نوع</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="50" />
        <source>Confusion of types for</source>
        <translation>درهم‌ریختگی نوع‌ها برای</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="55" />
        <source>Confusion matrix</source>
        <translation>ماتریس درهم‌ریختگی</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Precision</source>
        <translation>دقت</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Recall</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>Found</source>
        <translation>یافته</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="135" />
        <source>In reference</source>
        <translation>در مرجع</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="163" />
        <location filename="../ui/scorespanel.cpp" line="182" />
        <location filename="../ui/scorespanel.cpp" line="191" />
        <source>all</source>
        <translation>همه</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="216" />
        <source>F1 by type</source>
        <translation>F1 به تفکیک نوع</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="237" />
        <source>F1 chart</source>
        <translation>نمودار F1</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="264" />
        <source>ref %1</source>
        <translation>مرجع %1</translation>
    </message>
    <message>
        <location filename="../ui/scorespanel.cpp" line="265" />
        <source>pred %1</source>
        <translation>پیش‌بینی %1</translation>
    </message>
</context>
<context>
    <name>mner::ui::ServerDialog</name>
    <message>
        <location filename="../ui/serverdialog.cpp" line="21" />
        <source>Open Server Project</source>
        <translation>باز کردن پروژهٔ سرور</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="24" />
        <source>A project the team shares on a PostgreSQL server. Your user's role there decides what you may change.</source>
        <translation>پروژه‌ای که تیم روی یک سرور PostgreSQL به اشتراک می‌گذارد. نقش کاربر شما در آنجا تعیین می‌کند چه چیزی را می‌توانید تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="40" />
        <source>empty: from ~/.pgpass or not needed</source>
        <translation>خالی: از ‎~/.pgpass یا لازم نیست</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="42" />
        <source>when the server offers it</source>
        <translation>وقتی سرور ارائه کند</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="43" />
        <source>always (refuse a server without)</source>
        <translation>همیشه (سرور بدون آن رد شود)</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="44" />
        <source>always, and check the server's certificate</source>
        <translation>همیشه، و گواهی سرور بررسی شود</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="46" />
        <source>&amp;Host:</source>
        <translation>&amp;میزبان:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="46" />
        <source>P&amp;ort:</source>
        <translation>&amp;درگاه:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="46" />
        <source>&amp;Database:</source>
        <translation>پایگاه &amp;داده:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="47" />
        <source>&amp;Project:</source>
        <translation>&amp;پروژه:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="47" />
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="47" />
        <source>Pass&amp;word:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location filename="../ui/serverdialog.cpp" line="48" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
</context>
<context>
    <name>mner::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29" />
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="37" />
        <source>Annotator name</source>
        <translation>نام حاشیه‌نویس</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="41" />
        <source>Font size</source>
        <translation>اندازهٔ قلم</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="42" />
        <source>&amp;Annotator:</source>
        <translation>&amp;حاشیه‌نویس:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="43" />
        <source>Annotate in my own layer (several annotators)</source>
        <translation>حاشیه‌نویسی در لایهٔ خودم (چند حاشیه‌نویس)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="46" />
        <source>Tweet &amp;font size:</source>
        <translation>اندازهٔ &amp;قلم توییت:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="48" />
        <source>Image tagger</source>
        <translation>برچسب‌زن تصویر</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="49" />
        <source>mobilenet (the bundled MobileNetV2) or onnx:FILE for an ImageNet classifier in ONNX</source>
        <translation>mobilenet (MobileNetV2 همراه برنامه) یا onnx:FILE برای یک دسته‌بند ImageNet در قالب ONNX</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="51" />
        <source>Models folder</source>
        <translation>پوشهٔ مدل‌ها</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="52" />
        <source>searched first for mobilenet_v2_1.0_224_quant.tflite</source>
        <translation>نخستین جا برای یافتن mobilenet_v2_1.0_224_quant.tflite</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="54" />
        <source>Uncertainty measure</source>
        <translation>سنجهٔ عدم قطعیت</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="55" />
        <source>least confidence (1 - probability of the best tagging)</source>
        <translation>کمترین اطمینان (۱ منهای احتمال بهترین برچسب‌گذاری)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="56" />
        <source>margin between the best and second-best tagging</source>
        <translation>فاصلهٔ بهترین و دومین برچسب‌گذاری</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="57" />
        <source>token entropy of the CRF marginals</source>
        <translation>آنتروپی توکنی توزیع‌های حاشیه‌ای CRF</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="59" />
        <source>&amp;Uncertainty:</source>
        <translation>&amp;عدم قطعیت:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="61" />
        <source>Run models on</source>
        <translation>اجرای مدل‌ها روی</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="62" />
        <source>CUDA when there is a device, else the CPU</source>
        <translation>CUDA اگر دستگاهی باشد، وگرنه CPU</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="63" />
        <source>the CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="64" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66" />
        <source>A CUDA device is available</source>
        <translation>یک دستگاه CUDA در دسترس است</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="66" />
        <source>No CUDA device here: models run on the CPU</source>
        <translation>اینجا دستگاه CUDA نیست: مدل‌ها روی CPU اجرا می‌شوند</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="67" />
        <source>Run models &amp;on:</source>
        <translation>اجرای مدل‌ها &amp;روی:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="68" />
        <source>Image &amp;tagger:</source>
        <translation>&amp;برچسب‌زن تصویر:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="69" />
        <source>&amp;Models folder:</source>
        <translation>پوشهٔ &amp;مدل‌ها:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="74" />
        <source>MobileNetV2 (%1) is not in the models folders; see the README for where to get it.</source>
        <translation>MobileNetV2 (%1) در پوشه‌های مدل نیست؛ برای یافتن آن README را ببینید.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="76" />
        <source>MobileNetV2 found: %1</source>
        <translation>MobileNetV2 پیدا شد: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="82" />
        <source>Gazetteers</source>
        <translation>فهرست‌های نام</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="83" />
        <source>TYPE=FILE; … e.g. LOC=countries.txt</source>
        <translation>نوع=پرونده؛ … مانند LOC=countries.txt</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="84" />
        <source>Phrase lists whose entries appear as suggestions below the tweet: one phrase per line, optionally followed by a tab and its type</source>
        <translation>فهرست‌هایی از عبارت‌ها که مدخل‌هایشان زیر توییت پیشنهاد می‌شوند: هر خط یک عبارت، در صورت نیاز با یک تب و نوع آن</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="86" />
        <source>&amp;Gazetteers:</source>
        <translation>&amp;فهرست‌های نام:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="88" />
        <source>Entity types, keys and colours…</source>
        <translation>نوع‌های موجودیت، کلیدها و رنگ‌ها…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="93" />
        <source>Entity types:</source>
        <translation>نوع‌های موجودیت:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="102" />
        <source>Key for %1</source>
        <translation>کلید %1</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="107" />
        <source>&amp;General</source>
        <translation>&amp;عمومی</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="108" />
        <source>&amp;Keys</source>
        <translation>&amp;کلیدها</translation>
    </message>
</context>
<context>
    <name>mner::ui::TweetListModel</name>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="115" />
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="115" />
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="129" />
        <source>How unsure %1 is about the tweet (%2), as its run stored it; the column, its sort and Tweet › Next uncertain use this number</source>
        <translation>میزان نااطمینانی %1 دربارهٔ توییت (%2)، همان‌گونه که اجرایش ذخیره کرد؛ ستون، مرتب‌سازی آن و توییت › نامطمئن بعدی همین عدد را به کار می‌برند</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="131" />
        <source>the model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="131" />
        <source>uncertainty</source>
        <translation>نااطمینانی</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="134" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="135" />
        <source>Split</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="136" />
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="137" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="138" />
        <source>Entities</source>
        <translation>موجودیت‌ها</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="139" />
        <source>Disagree</source>
        <translation>ناهم‌خوانی</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="140" />
        <source>Uncertain</source>
        <translation>عدم قطعیت</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistmodel.cpp" line="141" />
        <source>Text</source>
        <translation>متن</translation>
    </message>
</context>
<context>
    <name>mner::ui::TweetListPane</name>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="25" />
        <source>Filter by text</source>
        <translation>پالایش بر پایهٔ متن</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="26" />
        <source>Filter tweets by text</source>
        <translation>پالایش توییت‌ها بر پایهٔ متن</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="28" />
        <source>Filter by split</source>
        <translation>پالایش بر پایهٔ بخش</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="30" />
        <source>Filter by status</source>
        <translation>پالایش بر پایهٔ وضعیت</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="31" />
        <source>any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="32" />
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="33" />
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="34" />
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="41" />
        <source>Tweet list</source>
        <translation>فهرست توییت‌ها</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="53" />
        <source>Right click: choose the columns</source>
        <translation>کلیک راست: انتخاب ستون‌ها</translation>
    </message>
    <message>
        <location filename="../ui/tweetlistpane.cpp" line="74" />
        <source>all splits</source>
        <translation>همهٔ بخش‌ها</translation>
    </message>
</context>
<context>
    <name>mner::ui::TweetView</name>
    <message>
        <location filename="../ui/tweetview.cpp" line="28" />
        <source>≠type</source>
        <translation>≠نوع</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="29" />
        <source>≠span</source>
        <translation>≠بازه</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="30" />
        <source>≠type+span</source>
        <translation>≠نوع+بازه</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="31" />
        <source>extra</source>
        <translation>اضافی</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="32" />
        <source>missed</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="40" />
        <source>correct</source>
        <translation>درست</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="41" />
        <source>wrong type: the reference says %1</source>
        <translation>نوع نادرست: مرجع می‌گوید %1</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="43" />
        <source>wrong boundary: the reference's %1 covers tokens %2–%3</source>
        <translation>مرز نادرست: %1 مرجع توکن‌های %2–%3 را در بر می‌گیرد</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="48" />
        <source>wrong type and boundary: the reference has %1 on tokens %2–%3</source>
        <translation>نوع و مرز نادرست: مرجع روی توکن‌های %2–%3 نوع %1 دارد</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="52" />
        <source>spurious: the reference has no entity here</source>
        <translation>اضافی: مرجع اینجا موجودیتی ندارد</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="53" />
        <source>missed: the reference has %1 here, this row nothing</source>
        <translation>از دست رفته: مرجع اینجا %1 دارد و این ردیف هیچ</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="60" />
        <source>Tweet view</source>
        <translation>نمای توییت</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="61" />
        <source>Arrow keys move between tokens, Shift extends the selection</source>
        <translation>کلیدهای جهت میان توکن‌ها جابه‌جا می‌شوند، Shift گزینش را گسترش می‌دهد</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="182" />
        <source>%1, tokens %2–%3 (%4)</source>
        <translation>%1، توکن‌های %2–%3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="193" />
        <source>, confidence %1</source>
        <translation>، اطمینان %1</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="199" />
        <source>%1, tokens %2–%3 (%4)%5: %6</source>
        <translation>%1، توکن‌های %2–%3 (%4)%5: %6</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="331" />
        <source>No tweet selected</source>
        <translation>توییتی گزیده نشده</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="380" />
        <source>%1: the labels you edit</source>
        <translation>%1: برچسب‌هایی که ویرایش می‌کنید</translation>
    </message>
    <message>
        <location filename="../ui/tweetview.cpp" line="381" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>