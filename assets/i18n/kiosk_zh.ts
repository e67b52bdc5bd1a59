<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>On</source>
        <extracomment>The text size &quot;Larger text&quot; sets (150 %).</extracomment>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>Makes all text one and a half times bigger</source>
        <translation>将所有文字放大到1.5倍</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>White and yellow on black</source>
        <translation>黑底白字和黄字</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>低位操作</translation>
    </message>
    <message>
        <source>Brings every button down within reach</source>
        <translation>将所有按钮移到屏幕下方，方便触及</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>For the organiser of this kiosk</source>
        <translation>供本信息亭的组织者使用</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回信息亭</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>退出信息亭</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Kiosk (full screen, locked)</source>
        <translation>信息亭（全屏，已锁定）</translation>
    </message>
    <message>
        <source>Window (development)</source>
        <translation>窗口（开发）</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No configuration or content warnings</source>
        <translation>没有配置或内容警告</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is.</extracomment>
        <translation>蓝心</translation>
    </message>
    <message>
        <source>Together against human trafficking</source>
        <translation>携手打击人口贩运</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>已有%Ln人作出蓝心承诺</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Human beings are not for sale</source>
        <extracomment>(screen, icon) of each tile, in reading order; the pledge is highlighted.</extracomment>
        <translation>人不是商品</translation>
    </message>
    <message>
        <source>Learn about human trafficking and migrant smuggling, and take the Blue Heart pledge.</source>
        <translation>了解人口贩运和偷运移民问题，作出蓝心承诺。</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>什么是人口贩运和偷运移民？</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>毒品和犯罪问题办公室最新消息</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>公益广告和专家访谈</translation>
    </message>
    <message>
        <source>Tools and publications</source>
        <translation>工具和出版物</translation>
    </message>
    <message>
        <source>Take a link away on your phone</source>
        <translation>用手机带走链接</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>作出承诺</translation>
    </message>
    <message>
        <source>Join the Blue Heart campaign against human trafficking</source>
        <translation>加入反对人口贩运的蓝心运动</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people have taken the Blue Heart pledge</source>
        <translation>
            <numerusform>已有%Ln人作出蓝心承诺</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>什么是人口贩运和偷运移民？</translation>
    </message>
    <message>
        <source>What is migrant smuggling?</source>
        <translation>什么是偷运移民？</translation>
    </message>
    <message>
        <source>Smuggling migrants involves the procurement, for financial or other material benefit, of the illegal entry of a person into a State of which that person is not a national or resident.</source>
        <translation>偷运移民是指为获取金钱或其他物质利益，安排非某国国民或居民的人非法进入该国。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape.</extracomment>
        <translation>首页</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>选择语言</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Larger text, high contrast and reach mode</source>
        <translation>大字体、高对比度和低位操作</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>The latest from UNODC</source>
        <translation>毒品和犯罪问题办公室最新消息</translation>
    </message>
    <message>
        <source>Virtually every country in the world is affected</source>
        <translation>世界上几乎每个国家都受到影响</translation>
    </message>
    <message>
        <source>The challenge for all countries, rich and poor, is to target the criminals who exploit desperate people, and to protect and assist victims of trafficking and smuggled migrants.</source>
        <translation>所有国家，无论贫富，面临的挑战都是打击剥削绝望民众的犯罪分子，保护和援助人口贩运受害者和被偷运的移民。</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Organiser access</source>
        <extracomment>The keys drawn as icons: key → icon name.</extracomment>
        <translation>组织者入口</translation>
    </message>
    <message>
        <source>Enter the admin PIN</source>
        <translation>输入管理PIN码</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回信息亭</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Open admin</source>
        <translation>进入管理</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN码错误，请重试。</translation>
    </message>
    <message>
        <source>Admin is locked: no PIN is set on this kiosk. Set one on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>管理功能已锁定：本信息亭未设置PIN码。请在本机上用以下命令设置：blueheart-kiosk set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln seconds.</source>
        <translation>
            <numerusform>PIN码错误次数过多，请在%Ln秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgeFormView</name>
    <message>
        <source>The Blue Heart stands for the people who are trafficked and for everyone working to end human trafficking. Add your name to the campaign: choose what you will do.</source>
        <translation>蓝心代表人口贩运的受害者，也代表所有致力于终结人口贩运的人。加入运动：选择您将采取的行动。</translation>
    </message>
    <message>
        <source>I pledge to…</source>
        <translation>我承诺……</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>关于您（选填）</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <source>Type to find your country</source>
        <translation>输入以查找您的国家或地区</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家和地区</translation>
    </message>
    <message>
        <source>You may email me about the Blue Heart campaign</source>
        <translation>可以通过电子邮件联系我，介绍蓝心运动</translation>
    </message>
    <message>
        <source>Show my first name on the pledge wall</source>
        <translation>在承诺墙上显示我的名字</translation>
    </message>
    <message>
        <source>Take the pledge</source>
        <translation>作出承诺</translation>
    </message>
    <message>
        <source>Choose at least one commitment.</source>
        <translation>请至少选择一项承诺。</translation>
    </message>
    <message>
        <source>Choose your commitments again, please.</source>
        <translation>请重新选择您的承诺。</translation>
    </message>
    <message>
        <source>Please use at most %1 characters.</source>
        <translation>请不要超过 %1 个字符。</translation>
    </message>
    <message>
        <source>This name has a hidden control character. Please type it again.</source>
        <translation>这个名字含有隐藏的控制字符。请重新输入。</translation>
    </message>
    <message>
        <source>Type your first name to show it on the wall, or untick the box.</source>
        <translation>请输入名字以在墙上显示，或取消勾选。</translation>
    </message>
    <message>
        <source>This does not look like an email address, for example name@example.org.</source>
        <translation>这看起来不像电子邮箱地址，例如 name@example.org。</translation>
    </message>
    <message>
        <source>Tick the box to let us email you, or leave the email empty.</source>
        <translation>勾选此项以便我们给您写信，或将邮箱留空。</translation>
    </message>
    <message>
        <source>Type your email, or untick the box.</source>
        <translation>请输入您的邮箱，或取消勾选。</translation>
    </message>
    <message>
        <source>Choose your country from the list.</source>
        <translation>请从列表中选择您的国家或地区。</translation>
    </message>
    <message>
        <source>Please choose a language.</source>
        <translation>请选择一种语言。</translation>
    </message>
    <message>
        <source>Sorry, your pledge could not be saved just now. Nothing you typed is lost: please try again in a moment or ask a member of staff.</source>
        <translation>抱歉，您的承诺暂时未能保存。您输入的内容都还在：请稍后再试，或请工作人员帮忙。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存……</translation>
    </message>
</context>
<context>
    <name>PledgeScreen</name>
    <message>
        <source>Take the Blue Heart pledge</source>
        <translation>作出蓝心承诺</translation>
    </message>
    <message>
        <source>Join the campaign against human trafficking</source>
        <translation>加入反对人口贩运的运动</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>You are supporter number %1</source>
        <translation>您是第 %1 位支持者</translation>
    </message>
</context>
<context>
    <name>PledgesAdminSection</name>
    <message>
        <source>Pledges</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Export or merge</source>
        <translation>导出或合并</translation>
    </message>
    <message>
        <source>CSV (Excel)</source>
        <translation>CSV（Excel）</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Export to this folder</source>
        <translation>导出到此文件夹</translation>
    </message>
    <message>
        <source>Find exports to merge</source>
        <translation>查找要合并的导出文件</translation>
    </message>
    <message>
        <source>Names on the pledge wall</source>
        <translation>承诺墙上的名字</translation>
    </message>
    <message>
        <source>Erase all pledges…</source>
        <translation>清除所有承诺……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Today: %1    Total: %2</source>
        <translation>今天：%1    总计：%2</translation>
    </message>
    <message>
        <source>Pledges cannot be saved: %1. Check the data folder.</source>
        <translation>无法保存承诺：%1。请检查数据文件夹。</translation>
    </message>
    <message>
        <source>The pledge database could not be read and was set aside as %1; a new one was started.</source>
        <translation>承诺数据库无法读取，已另存为 %1，并已新建数据库。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>文件夹为只读</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>数据库正被其他程序使用</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>the file or folder cannot be opened</source>
        <translation>无法打开文件或文件夹</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>U 盘 %1</translation>
    </message>
    <message>
        <source>Export here</source>
        <translation>导出到此处</translation>
    </message>
    <message>
        <source>Find exports</source>
        <translation>查找导出文件</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出……</translation>
    </message>
    <message>
        <source>No .csv or .jsonl files in %1</source>
        <translation>%1 中没有 .csv 或 .jsonl 文件</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并……</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>在墙上</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>not on the wall</source>
        <translation>不在墙上</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在清除……</translation>
    </message>
    <message>
        <source>This deletes all %1 pledges on this kiosk, names and emails included. Export them first if you need them.</source>
        <translation>这将删除本信息亭的全部 %1 条承诺，包括名字和邮箱。如有需要，请先导出。</translation>
    </message>
    <message>
        <source>Erase all pledges</source>
        <translation>清除所有承诺</translation>
    </message>
    <message>
        <source>Are you sure? This cannot be undone.</source>
        <translation>确定吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Yes, erase everything</source>
        <translation>是的，全部清除</translation>
    </message>
    <message>
        <source>Exported %1 pledges to %2</source>
        <translation>已将 %1 条承诺导出到 %2</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 already here, %4 rejected</source>
        <translation>%1：新增 %2，已存在 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>Erased %1 pledges</source>
        <translation>已清除 %1 条承诺</translation>
    </message>
    <message>
        <source>Could not finish: %1</source>
        <translation>无法完成：%1</translation>
    </message>
</context>
<context>
    <name>PublicationsScreen</name>
    <message>
        <source>Tools and publications</source>
        <translation>工具和出版物</translation>
    </message>
    <message>
        <source>Scan a code to take the link away on your phone</source>
        <translation>扫码即可用手机带走链接</translation>
    </message>
    <message>
        <source>Toolkit to Combat Trafficking in Persons</source>
        <translation>打击贩运人口工具包</translation>
    </message>
    <message>
        <source>Practical tools and guidance for policymakers, law enforcement, judges, prosecutors, victim service providers and civil society.</source>
        <translation>为政策制定者、执法人员、法官、检察官、受害者服务机构和民间社会提供的实用工具和指导。</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <source>The kiosk will start over in %Ln seconds.</source>
        <translation>
            <numerusform>信息亭将在%Ln秒后重新开始。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>我还在</translation>
    </message>
</context>
<context>
    <name>WatchScreen</name>
    <message>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews</source>
        <translation>公益广告和专家访谈</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>观看和收听</translation>
    </message>
    <message>
        <source>Watch public service announcements and listen to expert interviews, with captions.</source>
        <translation>观看公益广告，收听专家访谈，均配有字幕。</translation>
    </message>
</context>
</TS>
