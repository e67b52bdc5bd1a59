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
    <name>AdminDoorSection</name>
    <message>
        <source>Admin PIN</source>
        <translation>管理PIN码</translation>
    </message>
    <message>
        <source>This kiosk&apos;s PIN was set under older, weaker rules (4 digits were allowed). Set a new PIN of 6 to 12 digits on this computer with the command: blueheart-kiosk set-pin</source>
        <translation>本信息亭的PIN码是按旧的、较弱的规则设置的（当时允许4位数字）。请在本计算机上用以下命令设置一个6至12位数字的新PIN码：blueheart-kiosk set-pin</translation>
    </message>
    <message>
        <source>No wrong PIN was entered since Admin was last opened.</source>
        <translation>自上次打开管理页面以来，没有输入过错误的PIN码。</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong PIN(s) were entered since Admin was last opened:</source>
        <translation>
            <numerusform>自上次打开管理页面以来，共输入了%n次错误的PIN码：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>以及更早的%n次</numerusform>
        </translation>
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
        <source>Close the kiosk? This computer&apos;s desktop will show until it is started again.</source>
        <translation>关闭信息亭?在重新启动之前,将显示这台电脑的桌面。</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>是,退出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Keyboard renderer</source>
        <translation>键盘渲染方式</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>无 OpenGL</translation>
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
    <name>AttractLoop</name>
    <message>
        <source>Public service announcement, playing without sound</source>
        <translation>公益广告，静音播放</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Blue Heart</source>
        <extracomment>&quot;Touch to start&quot; in each UN language, shown in turn whatever the UI language is. With ``media.attract_loop`` on, the loop starts this long after Attract shows (the first time, its player and QtMultimedia load then, well after the first frame).</extracomment>
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
    <name>CampaignPage</name>
    <message>
        <source>The Blue Heart Campaign</source>
        <translation>蓝心运动</translation>
    </message>
    <message>
        <source>A campaign against human trafficking.</source>
        <translation>一项打击人口贩运的运动。</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>人口贩运还是偷运移民？</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>人口贩运</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>偷运移民</translation>
    </message>
</context>
<context>
    <name>DefinitionPage</name>
    <message>
        <source>In plain words</source>
        <translation>简单地说</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>须知</translation>
    </message>
    <message>
        <source>What the law says</source>
        <translation>法律怎么说</translation>
    </message>
    <message>
        <source>The official text is shown in English.</source>
        <translation>正式文本以英文显示。</translation>
    </message>
    <message>
        <source>Part of the official text is shown in English.</source>
        <translation>部分正式文本以英文显示。</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>ElementCard</name>
    <message>
        <source>Tap to close</source>
        <translation>轻触关闭</translation>
    </message>
    <message>
        <source>Tap to see</source>
        <translation>轻触查看</translation>
    </message>
</context>
<context>
    <name>ElementsPage</name>
    <message>
        <source>The three elements of human trafficking</source>
        <translation>人口贩运的三个要素</translation>
    </message>
    <message>
        <source>An act, done by certain means, for the purpose of exploitation. Tap each one.</source>
        <translation>以某些手段实施的行为，目的是剥削。请逐一轻触。</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>须知</translation>
    </message>
</context>
<context>
    <name>FleetAdminSection</name>
    <message>
        <source>Event sync</source>
        <translation>活动同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Server: %1 · Event: %2</source>
        <translation>服务器：%1 · 活动：%2</translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation>尚未尝试</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Queued: %1    Event total: %2</source>
        <translation>待发送：%1    活动总数：%2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
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
    <name>ImpactSection</name>
    <message>
        <source>Today</source>
        <extracomment>Lines built ahead by :meth:`prepare` (a summary, the path and a few of each list).</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>活动至今</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>The figures cannot be read from the database now.</source>
        <translation>目前无法从数据库读取数据。</translation>
    </message>
</context>
<context>
    <name>ImpactWords</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>了解</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>观看</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>出版物</translation>
    </message>
    <message>
        <source>Pledge screen</source>
        <translation>承诺页面</translation>
    </message>
    <message>
        <source>Made a pledge</source>
        <translation>作出了承诺</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Reach mode</source>
        <translation>易触及模式</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Blue Heart Kiosk: impact report</source>
        <translation>蓝心信息亭：影响报告</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天（%1）</translation>
    </message>
    <message>
        <source>The event so far</source>
        <translation>活动至今</translation>
    </message>
    <message>
        <source>The event so far (%1 to %2)</source>
        <translation>活动至今（%1 至 %2）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No events were recorded in this period.</source>
        <translation>此期间未记录任何事件。</translation>
    </message>
    <message>
        <source>Recording is off (analytics.enabled = false in the configuration file).</source>
        <translation>记录已关闭（配置文件中 analytics.enabled = false）。</translation>
    </message>
    <message>
        <source>Visits by hour</source>
        <translation>每小时访问量</translation>
    </message>
    <message>
        <source>Pledges by hour</source>
        <translation>每小时承诺数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问次数</translation>
    </message>
    <message>
        <source>Median visit length</source>
        <translation>访问时长中位数</translation>
    </message>
    <message>
        <source>90 % of visits were shorter than</source>
        <translation>90% 的访问短于</translation>
    </message>
    <message>
        <source>Pledges made</source>
        <translation>作出的承诺</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>信息亭</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>From Home to a pledge: share of visits that reached each screen</source>
        <translation>从首页到承诺：到达各页面的访问占比</translation>
    </message>
    <message>
        <source>Videos and interviews: plays, share watched on average, plays watched to the end</source>
        <translation>视频和访谈：播放次数、平均观看比例、完整观看比例</translation>
    </message>
    <message>
        <source>Quiz: answers and share right, per question</source>
        <translation>测验：每道题的作答次数和正确率</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>所选语言</translation>
    </message>
    <message>
        <source>Accessibility options used</source>
        <translation>使用的无障碍选项</translation>
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
    <name>LanguageTag</name>
    <message>
        <source>In English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <extracomment>The parts of Learn, in the order of the buttons.</extracomment>
        <translation>了解</translation>
    </message>
    <message>
        <source>What are human trafficking and migrant smuggling?</source>
        <translation>什么是人口贩运和偷运移民？</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为何重要</translation>
    </message>
    <message>
        <source>Human trafficking</source>
        <translation>人口贩运</translation>
    </message>
    <message>
        <source>Migrant smuggling</source>
        <translation>偷运移民</translation>
    </message>
    <message>
        <source>Three elements</source>
        <translation>三个要素</translation>
    </message>
    <message>
        <source>Trafficking or smuggling?</source>
        <translation>人口贩运还是偷运移民？</translation>
    </message>
    <message>
        <source>The Blue Heart</source>
        <translation>蓝心</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <extracomment>The hidden admin gesture&apos;s corner, in design pixels at 1080p (top-left, mirrored in RTL). Reach mode leaves up to this share of the window&apos;s height empty at the top, so every control is in the lower part (a wheelchair user&apos;s or a child&apos;s reach): 40 % upright, 30 % landscape. Milliseconds between the first frame and the building of the other screens.</extracomment>
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
    <name>NewsDetail</name>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>扫码在手机上阅读更多</translation>
    </message>
</context>
<context>
    <name>NewsScreen</name>
    <message>
        <source>No news at the moment.</source>
        <translation>目前没有新闻。</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>The latest from UNODC, newest first</source>
        <translation>毒品和犯罪问题办公室最新消息，最新的在前</translation>
    </message>
    <message>
        <source>All news</source>
        <translation>全部新闻</translation>
    </message>
    <message>
        <source>Back to all news</source>
        <translation>返回全部新闻</translation>
    </message>
    <message>
        <source>Scan to read more on your phone</source>
        <translation>扫码在手机上阅读更多</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message>
        <source>Personal data</source>
        <translation>个人数据</translation>
    </message>
    <message numerus="yes">
        <source>First names, emails and countries are erased automatically %n day(s) after the pledge. The pledges, their commitments and the counts remain.</source>
        <translation>
            <numerusform>名字、电子邮件和国家会在承诺%n天后自动清除。承诺、其内容和计数都会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>First names, emails and countries are kept until you erase them (pledges.personal_data_days = 0).</source>
        <translation>名字、电子邮件和国家会一直保留，直到您清除它们（pledges.personal_data_days = 0）。</translation>
    </message>
    <message>
        <source>Last automatic erasure: %1, from %2 pledges.</source>
        <translation>上次自动清除：%1，涉及%2条承诺。</translation>
    </message>
    <message>
        <source>Erase personal data now…</source>
        <translation>立即清除个人数据……</translation>
    </message>
    <message>
        <source>Erase names, emails and countries</source>
        <translation>清除名字、电子邮件和国家</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This erases the first names, emails and countries of all %1 pledges on this kiosk. The pledges and the counts remain. Export them first if you need the names. This cannot be undone.</source>
        <translation>这将清除本信息亭全部%1条承诺的名字、电子邮件和国家。承诺和计数会保留。如需保留名字，请先导出。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>正在清除个人数据……</translation>
    </message>
    <message>
        <source>Personal data erased from %1 pledges; all %2 pledges remain.</source>
        <translation>已从%1条承诺中清除个人数据；全部%2条承诺仍然保留。</translation>
    </message>
    <message>
        <source>Could not erase the personal data: the pledge database cannot be written (%1).</source>
        <translation>无法清除个人数据：无法写入承诺数据库（%1）。</translation>
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
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours, then minutes: 2 hours 30 minutes</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1.</source>
        <translation>错误的PIN码次数过多。数字键盘已锁定%1。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked for %1, until %2.</source>
        <translation>错误的PIN码次数过多。数字键盘已锁定%1，直到%2。</translation>
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
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Trafficking, smuggling, or both?</source>
        <translation>人口贩运、偷运移民，还是两者皆是？</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>人口贩运</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>偷运移民</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者皆是</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>查看我的得分</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>回答正确！</translation>
    </message>
    <message>
        <source>Not quite. The answer is: %1</source>
        <translation>不完全对。答案是：%1</translation>
    </message>
    <message>
        <source>You got %1 of %2 right.</source>
        <translation>您答对了 %2 题中的 %1 题。</translation>
    </message>
    <message>
        <source>Thank you for learning. Share what you know: it helps protect people.</source>
        <translation>感谢您的学习。分享您所知道的：这有助于保护他人。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
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
        <source>This video cannot be played on this kiosk</source>
        <translation>此视频无法在本信息亭播放</translation>
    </message>
    <message>
        <source>This recording cannot be played on this kiosk</source>
        <translation>此录音无法在本信息亭播放</translation>
    </message>
    <message>
        <source>Moving on to the next one.</source>
        <translation>正在转到下一个。</translation>
    </message>
    <message>
        <source>Please choose another one from the list.</source>
        <translation>请从列表中另选一个。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Watch and listen</source>
        <translation>观看和收听</translation>
    </message>
    <message>
        <source>Public service announcements and expert interviews, with captions</source>
        <translation>公益广告和专家访谈，配有字幕</translation>
    </message>
    <message>
        <source>There is nothing to watch yet.</source>
        <translation>暂时没有可观看的内容。</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>视频中的位置</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>字幕已开启</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>字幕已关闭</translation>
    </message>
</context>
</TS>
