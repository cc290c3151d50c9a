<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallDisplay</name>
    <message>
        <source>呼出表示</source>
        <translation>叫号显示</translation>
    </message>
    <message>
        <source>お呼び出し中の番号</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>呼出</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>お待ちの方: {n}人</source>
        <translation>等候人数：{n}人</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>転居（市内で引っ越した）</source>
        <translation>市内搬家（转居）</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>请用全角片假名输入姓名读音（姓和名之间空一格）</translation>
    </message>
    <message>
        <source>みらい市</source>
        <translation>未来市</translation>
    </message>
    <message>
        <source>転入（市外から引っ越してきた）</source>
        <translation>从市外搬来（转入）</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>白天能联系到您的电话号码</translation>
    </message>
    <message>
        <source>国外から引っ越してきましたか（国外からの転入）</source>
        <translation>您是从国外搬来的吗（从国外迁入）</translation>
    </message>
    <message>
        <source>新しい住所に住み始めた日</source>
        <translation>开始在新住址居住的日期</translation>
    </message>
    <message>
        <source>新しい住所（みらい市内）</source>
        <translation>新住址（未来市内）</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号</source>
        <translation>新住址的邮政编码</translation>
    </message>
    <message>
        <source>届け出る方（あなた）の立場</source>
        <translation>申报人（您）的身份</translation>
    </message>
    <message>
        <source>本人（引っ越す方）</source>
        <translation>本人（搬家的人）</translation>
    </message>
    <message>
        <source>世帯主（家族の分を届け出る）</source>
        <translation>户主（为家人申报）</translation>
    </message>
    <message>
        <source>代理人（委任状が必要）</source>
        <translation>代理人（需要委托书）</translation>
    </message>
    <message>
        <source>世帯について</source>
        <translation>关于户籍（世带）</translation>
    </message>
    <message>
        <source>新しい世帯をつくる（全部転入）</source>
        <translation>新建一个世带（全户迁入）</translation>
    </message>
    <message>
        <source>市内にある世帯に入る（一部転入）</source>
        <translation>加入市内已有的世带（部分迁入）</translation>
    </message>
    <message>
        <source>世帯主はあなたですか</source>
        <translation>您是户主吗？</translation>
    </message>
    <message>
        <source>世帯主の氏名</source>
        <translation>户主姓名</translation>
    </message>
    <message>
        <source>世帯主から見たあなたの続柄（妻、子、父、同居人など）</source>
        <translation>从户主看您的关系（妻、子、父、同居人等）</translation>
    </message>
    <message>
        <source>世帯主の国籍</source>
        <translation>户主的国籍</translation>
    </message>
    <message>
        <source>日本</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>日本以外</source>
        <translation>日本以外</translation>
    </message>
    <message>
        <source>一緒に手続きするご家族（あなた以外）</source>
        <translation>一起办理手续的家人（您以外）</translation>
    </message>
    <message>
        <source>加入している健康保険</source>
        <translation>您加入的健康保险</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>国民健康保险</translation>
    </message>
    <message>
        <source>勤務先の健康保険（社会保険）</source>
        <translation>工作单位的健康保险（社会保险）</translation>
    </message>
    <message>
        <source>後期高齢者医療制度</source>
        <translation>后期高龄者医疗制度</translation>
    </message>
    <message>
        <source>その他・わからない</source>
        <translation>其他·不清楚</translation>
    </message>
    <message>
        <source>前の市区町村で要介護・要支援の認定を受けていましたか</source>
        <translation>在之前居住的市区町村是否已获得需护理·需支援认定？</translation>
    </message>
    <message>
        <source>印鑑登録をしますか</source>
        <translation>是否办理印鉴登记？</translation>
    </message>
    <message>
        <source>登録する印鑑の氏名の表記</source>
        <translation>登记印章上姓名的写法</translation>
    </message>
    <message>
        <source>氏名（在留カードの表記）</source>
        <translation>姓名（在留卡上的写法）</translation>
    </message>
    <message>
        <source>通称</source>
        <translation>通称</translation>
    </message>
    <message>
        <source>氏名のカタカナ表記</source>
        <translation>姓名的片假名写法</translation>
    </message>
    <message>
        <source>印鑑に使う氏名のカタカナ表記</source>
        <translation>印章上使用的姓名片假名写法</translation>
    </message>
    <message>
        <source>転出（市外へ引っ越す）</source>
        <translation>搬往市外（转出）</translation>
    </message>
    <message>
        <source>引っ越す日（予定日）</source>
        <translation>搬家日期（预定）</translation>
    </message>
    <message>
        <source>引っ越し先の住所</source>
        <translation>搬往地的地址</translation>
    </message>
    <message>
        <source>みらい市で印鑑登録をしていますか</source>
        <translation>您是否已在未来市办理印鉴登记？</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>您是否从未来市领取儿童津贴？</translation>
    </message>
    <message>
        <source>出生（子どもが生まれた）</source>
        <translation>出生（孩子出生了）</translation>
    </message>
    <message>
        <source>お子さんの氏名（姓と名の間は全角空白）</source>
        <translation>孩子的姓名（姓和名之间空一个全角空格）</translation>
    </message>
    <message>
        <source>お子さんの氏名のフリガナ（全角カタカナ）</source>
        <translation>孩子姓名的读音（全角片假名）</translation>
    </message>
    <message>
        <source>生まれた日</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>お子さんの性別</source>
        <translation>孩子的性别</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>生まれたところ（病院名と所在地）</source>
        <translation>出生地点（医院名称和地址）</translation>
    </message>
    <message>
        <source>お子さんとのご関係（届出人）</source>
        <translation>您与孩子的关系（申报人）</translation>
    </message>
    <message>
        <source>父</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>母</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>もう一人の親の氏名</source>
        <translation>另一位家长的姓名</translation>
    </message>
    <message>
        <source>おくやみ（家族が亡くなった）</source>
        <translation>丧事（家人去世）</translation>
    </message>
    <message>
        <source>亡くなった方の氏名</source>
        <translation>逝者姓名</translation>
    </message>
    <message>
        <source>亡くなった方の氏名のフリガナ</source>
        <translation>逝者姓名的读音（片假名）</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日</source>
        <translation>逝者的出生日期</translation>
    </message>
    <message>
        <source>亡くなった日</source>
        <translation>去世日期</translation>
    </message>
    <message>
        <source>亡くなった方とのご関係</source>
        <translation>您与逝者的关系</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>子</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>兄弟姉妹</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>亡くなった方の健康保険</source>
        <translation>逝者的健康保险</translation>
    </message>
    <message>
        <source>勤務先の健康保険</source>
        <translation>工作单位的健康保险</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか</source>
        <translation>逝者是否为户主？</translation>
    </message>
    <message>
        <source>世帯に残る方の人数</source>
        <translation>户内留下的人数</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <translation>逝者是否办理过印鉴登记？</translation>
    </message>
    <message>
        <source>あなたが葬儀を行いましたか（喪主）</source>
        <translation>是否由您主办葬礼（丧主）？</translation>
    </message>
    <message>
        <source>葬儀の日</source>
        <translation>葬礼日期</translation>
    </message>
    <message>
        <source>振込先口座（金融機関・支店・種別・口座番号）</source>
        <translation>收款账户（金融机构·分行·种类·账号）</translation>
    </message>
    <message>
        <source>証明書（住民票・印鑑証明・所得証明）</source>
        <translation>证明书（住民票·印鉴证明·所得证明）</translation>
    </message>
    <message>
        <source>必要な証明書</source>
        <translation>需要的证明书</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>住民票副本</translation>
    </message>
    <message>
        <source>印鑑登録証明書</source>
        <translation>印鉴登记证明书</translation>
    </message>
    <message>
        <source>所得・課税証明書</source>
        <translation>所得·课税证明书</translation>
    </message>
    <message>
        <source>それぞれの通数</source>
        <translation>各自的份数</translation>
    </message>
    <message>
        <source>使いみち（提出先）</source>
        <translation>用途（提交对象）</translation>
    </message>
    <message>
        <source>勤務先へ提出</source>
        <translation>提交给工作单位</translation>
    </message>
    <message>
        <source>学校へ提出</source>
        <translation>提交给学校</translation>
    </message>
    <message>
        <source>金融機関・ローン</source>
        <translation>金融机构·贷款</translation>
    </message>
    <message>
        <source>自動車登録</source>
        <translation>汽车登记</translation>
    </message>
    <message>
        <source>妊娠しているのはどなたですか</source>
        <translation>怀孕的是哪一位？</translation>
    </message>
    <message>
        <source>わたし（カードの本人）</source>
        <translation>我（卡的本人）</translation>
    </message>
    <message>
        <source>一緒に手続きする家族</source>
        <translation>一起办理手续的家人</translation>
    </message>
    <message>
        <source>妊娠している方の氏名（一緒に手続きする家族のうち）</source>
        <translation>怀孕者的姓名（一起办理手续的家人之一）</translation>
    </message>
    <message>
        <source>介護を受ける方はどなたですか</source>
        <translation>接受护理的是哪一位？</translation>
    </message>
    <message>
        <source>家族（親など）</source>
        <translation>家人（父母等）</translation>
    </message>
    <message>
        <source>介護を受ける方（氏名、フリガナ、生年月日、性別、あなたから見た続柄）</source>
        <translation>接受护理者（姓名、假名、出生日期、性别、与您的关系）</translation>
    </message>
    <message>
        <source>介護を受ける方の住所（あなたと同じなら空欄）</source>
        <translation>接受护理者的住址（与您相同则留空）</translation>
    </message>
    <message>
        <source>罹災証明書交付申請</source>
        <translation>受灾证明书 发放申请</translation>
    </message>
    <message>
        <source>防災危機管理課</source>
        <translation>防灾危机管理科</translation>
    </message>
    <message>
        <source>被災者支援窓口</source>
        <translation>受灾者支援窗口</translation>
    </message>
    <message>
        <source>被害状況の写真（あれば）</source>
        <translation>受灾情况照片（如有）</translation>
    </message>
    <message>
        <source>被災者生活再建支援金の支給申請</source>
        <translation>受灾者生活重建支援金 支付申请</translation>
    </message>
    <message>
        <source>福祉課</source>
        <translation>福利科</translation>
    </message>
    <message>
        <source>罹災証明書</source>
        <translation>受灾证明书</translation>
    </message>
    <message>
        <source>振込先口座のわかるもの</source>
        <translation>可确认收款账户的材料（存折、银行卡等）</translation>
    </message>
    <message>
        <source>応急修理の実施申請</source>
        <translation>住房紧急修理 申请</translation>
    </message>
    <message>
        <source>建築課</source>
        <translation>建筑科</translation>
    </message>
    <message>
        <source>修理見積書</source>
        <translation>修理报价单</translation>
    </message>
    <message>
        <source>応急仮設住宅の入居申請</source>
        <translation>应急临时住宅 入住申请</translation>
    </message>
    <message>
        <source>災害弔慰金の支給申請</source>
        <translation>灾害吊慰金 支付申请</translation>
    </message>
    <message>
        <source>死亡診断書の写し</source>
        <translation>死亡诊断书复印件</translation>
    </message>
    <message>
        <source>災害障害見舞金の支給申請</source>
        <translation>灾害致残慰问金 支付申请</translation>
    </message>
    <message>
        <source>診断書</source>
        <translation>诊断书</translation>
    </message>
    <message>
        <source>災害援護資金の貸付申請</source>
        <translation>灾害援护资金 贷款申请</translation>
    </message>
    <message>
        <source>世帯全員の所得証明書</source>
        <translation>户内全体成员的所得证明书</translation>
    </message>
    <message>
        <source>連帯保証人の書類（必要な場合）</source>
        <translation>连带保证人的材料（如需要）</translation>
    </message>
    <message>
        <source>国民健康保険 資格取得届</source>
        <translation>国民健康保险 加入申报</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <translation>保险年金科</translation>
    </message>
    <message>
        <source>3番窓口</source>
        <translation>3号窗口</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード）</source>
        <translation>本人身份证件（个人编号卡/My Number卡）</translation>
    </message>
    <message>
        <source>前の健康保険の資格喪失証明書（社会保険をやめた方）</source>
        <translation>原健康保险的资格丧失证明书（已退出社会保险者）</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）</source>
        <translation>在留卡（或特别永住者证明书）</translation>
    </message>
    <message>
        <source>国民健康保険 資格喪失届</source>
        <translation>国民健康保险 资格丧失申报</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書（お持ちの方）</source>
        <translation>国民健康保险资格确认书（持有者）</translation>
    </message>
    <message>
        <source>国民年金 被保険者関係届（住所変更・資格取得）</source>
        <translation>国民年金 被保险人相关申报（地址变更·加入）</translation>
    </message>
    <message>
        <source>4番窓口</source>
        <translation>4号窗口</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの（年金手帳・基礎年金番号通知書）</source>
        <translation>可确认基础年金号码的材料（年金手册或基础年金号码通知书）</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格取得（転入）届</source>
        <translation>后期高龄者医疗 加入申报（转入）</translation>
    </message>
    <message>
        <source>5番窓口</source>
        <translation>5号窗口</translation>
    </message>
    <message>
        <source>前住所地の負担区分等証明書</source>
        <translation>原住址所在地发放的负担区分等证明书</translation>
    </message>
    <message>
        <source>葬祭費支給申請</source>
        <translation>丧葬费 支付申请</translation>
    </message>
    <message>
        <source>葬儀の領収書または会葬礼状（喪主の確認できるもの）</source>
        <translation>葬礼收据或会葬答谢函（需能确认丧主）</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格喪失届</source>
        <translation>后期高龄者医疗 资格丧失申报</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格確認書</source>
        <translation>后期高龄者医疗资格确认书</translation>
    </message>
    <message>
        <source>要介護・要支援認定申請</source>
        <translation>需护理·需支援认定 申请</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <translation>护理保险科</translation>
    </message>
    <message>
        <source>9番窓口</source>
        <translation>9号窗口</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <translation>护理保险被保险人证</translation>
    </message>
    <message>
        <source>主治医の氏名・医療機関がわかるもの</source>
        <translation>可确认主治医生姓名及医疗机构的材料</translation>
    </message>
    <message>
        <source>要介護・要支援更新認定申請</source>
        <translation>需护理·需支援 更新认定申请</translation>
    </message>
    <message>
        <source>要介護・要支援状態区分変更認定申請</source>
        <translation>需护理·需支援 等级变更认定申请</translation>
    </message>
    <message>
        <source>住所移転後の要介護・要支援認定申請</source>
        <translation>迁入后的需护理·需支援认定申请</translation>
    </message>
    <message>
        <source>前住所地で交付された受給資格証明書</source>
        <translation>原住址所在地发放的领取资格证明书</translation>
    </message>
    <message>
        <source>居宅（介護予防）サービス計画作成依頼届出</source>
        <translation>居家（护理预防）服务计划 制定委托申报</translation>
    </message>
    <message>
        <source>介護保険負担限度額認定申請</source>
        <translation>护理保险 负担限额认定申请</translation>
    </message>
    <message>
        <source>預貯金の通帳の写し</source>
        <translation>存款存折复印件</translation>
    </message>
    <message>
        <source>介護保険被保険者証の再交付申請</source>
        <translation>护理保险被保险人证 补发申请</translation>
    </message>
    <message>
        <source>介護保険 資格喪失届</source>
        <translation>护理保险 资格丧失申报</translation>
    </message>
    <message>
        <source>児童手当 認定請求</source>
        <translation>儿童津贴 认定申请</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <translation>育儿支援科</translation>
    </message>
    <message>
        <source>6番窓口</source>
        <translation>6号窗口</translation>
    </message>
    <message>
        <source>請求者名義の振込先口座のわかるもの</source>
        <translation>可确认申请人本人名下收款账户的材料（存折、银行卡等）</translation>
    </message>
    <message>
        <source>請求者の健康保険の資格情報</source>
        <translation>申请人的健康保险资格信息（资格确认书等）</translation>
    </message>
    <message>
        <source>児童手当 額改定請求</source>
        <translation>儿童津贴 金额变更申请</translation>
    </message>
    <message>
        <source>児童手当 住所変更等の届出</source>
        <translation>儿童津贴 地址变更等申报</translation>
    </message>
    <message>
        <source>児童手当 受給事由消滅届</source>
        <translation>儿童津贴 领取资格终止申报</translation>
    </message>
    <message>
        <source>子ども医療費 受給資格登録申請</source>
        <translation>儿童医疗费补助 资格登记申请</translation>
    </message>
    <message>
        <source>子の健康保険の資格情報</source>
        <translation>孩子的健康保险资格信息（资格确认书等）</translation>
    </message>
    <message>
        <source>妊娠の届出</source>
        <translation>妊娠申报</translation>
    </message>
    <message>
        <source>子育て支援課（保健センター）</source>
        <translation>育儿支援科（保健中心）</translation>
    </message>
    <message>
        <source>7番窓口</source>
        <translation>7号窗口</translation>
    </message>
    <message>
        <source>妊娠の診断を受けた医療機関名がわかるもの</source>
        <translation>可确认妊娠诊断医疗机构名称的材料</translation>
    </message>
    <message>
        <source>委任状（妊娠している方以外が届け出る場合）</source>
        <translation>委托书（非怀孕者本人申报时）</translation>
    </message>
    <message>
        <source>保育施設等の利用申込（支給認定申請）</source>
        <translation>保育设施等 使用申请（给付认定申请）</translation>
    </message>
    <message>
        <source>保育課</source>
        <translation>保育科</translation>
    </message>
    <message>
        <source>8番窓口</source>
        <translation>8号窗口</translation>
    </message>
    <message>
        <source>保護者の就労証明書</source>
        <translation>监护人的就业证明书</translation>
    </message>
    <message>
        <source>転入届</source>
        <translation>转入申报</translation>
    </message>
    <message>
        <source>市民課</source>
        <translation>市民科</translation>
    </message>
    <message>
        <source>1番窓口</source>
        <translation>1号窗口</translation>
    </message>
    <message>
        <source>前住所地の転出証明書（マイナンバーカードによる転出の場合は不要）</source>
        <translation>原住址所在地的转出证明书（用个人编号卡办理转出者不需要）</translation>
    </message>
    <message>
        <source>委任状（代理人が届け出る場合）</source>
        <translation>委托书（代理人申报时）</translation>
    </message>
    <message>
        <source>転出届</source>
        <translation>转出申报</translation>
    </message>
    <message>
        <source>転居届</source>
        <translation>转居申报（市内搬家）</translation>
    </message>
    <message>
        <source>マイナンバーカード 継続利用・券面記載事項変更届</source>
        <translation>个人编号卡 继续使用·卡面记载事项变更申报</translation>
    </message>
    <message>
        <source>2番窓口</source>
        <translation>2号窗口</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）: 転入する方全員の分</source>
        <translation>在留卡（或特别永住者证明书）：所有迁入者的</translation>
    </message>
    <message>
        <source>パスポート（転入する方全員の分）</source>
        <translation>护照（所有迁入者的）</translation>
    </message>
    <message>
        <source>戸籍謄本と戸籍の附票（本籍地が市外の方）</source>
        <translation>户籍誊本和户籍附票（本籍在市外者）</translation>
    </message>
    <message>
        <source>続柄を証する文書（婚姻証明書・出生証明書など）と日本語の訳文（訳者の氏名と訳した日の入ったもの）</source>
        <translation>证明亲属关系的文件（结婚证明书、出生证明书等）及日文译文（注明译者姓名和翻译日期）</translation>
    </message>
    <message>
        <source>対象者全員のマイナンバーカード</source>
        <translation>所有相关人员的个人编号卡（My Number卡）</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <translation>卡的密码</translation>
    </message>
    <message>
        <source>印鑑登録申請</source>
        <translation>印鉴登记申请</translation>
    </message>
    <message>
        <source>登録する印鑑</source>
        <translation>要登记的印章</translation>
    </message>
    <message>
        <source>印鑑登録廃止申請</source>
        <translation>印鉴登记注销申请</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>印鉴登记证（卡）</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求</source>
        <translation>住民票副本等 发放申请</translation>
    </message>
    <message>
        <source>証明書窓口</source>
        <translation>证明书窗口</translation>
    </message>
    <message>
        <source>印鑑登録証明書交付申請</source>
        <translation>印鉴登记证明书 发放申请</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）またはマイナンバーカード</source>
        <translation>印鉴登记证（卡）或个人编号卡（My Number卡）</translation>
    </message>
    <message>
        <source>出生届</source>
        <translation>出生申报</translation>
    </message>
    <message>
        <source>市民課（戸籍係）</source>
        <translation>市民科（户籍股）</translation>
    </message>
    <message>
        <source>戸籍窓口</source>
        <translation>户籍窗口</translation>
    </message>
    <message>
        <source>出生証明書（医師・助産師の記入済み）</source>
        <translation>出生证明书（已由医生或助产士填写）</translation>
    </message>
    <message>
        <source>母子健康手帳</source>
        <translation>母子健康手册</translation>
    </message>
    <message>
        <source>届出人の本人確認書類</source>
        <translation>申报人的身份证件（个人编号卡、在留卡等）</translation>
    </message>
    <message>
        <source>世帯主変更届</source>
        <translation>户主变更申报</translation>
    </message>
    <message>
        <source>所得・課税証明書交付申請</source>
        <translation>所得·课税证明书 发放申请</translation>
    </message>
    <message>
        <source>税務課</source>
        <translation>税务科</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>所得・課税証明書の年度</source>
        <translation>所得·课税证明书的年度</translation>
    </message>
    <message>
        <source>子育て（妊娠・保育・手当）</source>
        <translation>育儿（怀孕·保育·津贴）</translation>
    </message>
    <message>
        <source>妊娠の届出をしますか</source>
        <translation>是否办理妊娠申报？</translation>
    </message>
    <message>
        <source>出産予定日</source>
        <translation>预产期</translation>
    </message>
    <message>
        <source>保育園などの利用を申し込みますか</source>
        <translation>是否申请使用保育园等？</translation>
    </message>
    <message>
        <source>希望する保育施設（第1希望）</source>
        <translation>希望的保育设施（第一志愿）</translation>
    </message>
    <message>
        <source>介護（要介護認定など）</source>
        <translation>护理（需护理认定等）</translation>
    </message>
    <message>
        <source>介護の認定について、どの申請ですか</source>
        <translation>关于护理认定，您要办理哪种申请？</translation>
    </message>
    <message>
        <source>はじめての申請</source>
        <translation>首次申请</translation>
    </message>
    <message>
        <source>更新の申請</source>
        <translation>更新申请</translation>
    </message>
    <message>
        <source>状態が変わった（区分変更）</source>
        <translation>身体状况有变化（等级变更）</translation>
    </message>
    <message>
        <source>認定の申請はしない</source>
        <translation>不申请认定</translation>
    </message>
    <message>
        <source>いま困っていること・体の状態</source>
        <translation>目前的困难·身体状况</translation>
    </message>
    <message>
        <source>主治医（医療機関名・医師名）</source>
        <translation>主治医生（医疗机构名称·医生姓名）</translation>
    </message>
    <message>
        <source>ケアプランの作成をケアマネジャーに依頼しますか</source>
        <translation>是否委托护理经理（Care Manager）制定护理计划？</translation>
    </message>
    <message>
        <source>依頼する居宅介護支援事業所</source>
        <translation>委托的居家护理支援事业所</translation>
    </message>
    <message>
        <source>施設の食費・居住費の軽減（負担限度額認定）を申請しますか</source>
        <translation>是否申请减轻设施的餐费·居住费（负担限额认定）？</translation>
    </message>
    <message>
        <source>介護保険証をなくしたり、汚したりしましたか（再交付）</source>
        <translation>护理保险证是否遗失或污损？（补发）</translation>
    </message>
    <message>
        <source>被災（災害にあった）</source>
        <translation>受灾（遭遇灾害）</translation>
    </message>
    <message>
        <source>災害の名前</source>
        <translation>灾害名称</translation>
    </message>
    <message>
        <source>被害を受けた日</source>
        <translation>受灾日期</translation>
    </message>
    <message>
        <source>被害を受けた住家の所在地</source>
        <translation>受灾房屋的所在地</translation>
    </message>
    <message>
        <source>住家の被害の程度（わかる範囲で）</source>
        <translation>房屋受灾程度（在您所知范围内）</translation>
    </message>
    <message>
        <source>全壊</source>
        <translation>全毁</translation>
    </message>
    <message>
        <source>大規模半壊</source>
        <translation>大规模半毁</translation>
    </message>
    <message>
        <source>中規模半壊</source>
        <translation>中规模半毁</translation>
    </message>
    <message>
        <source>半壊</source>
        <translation>半毁</translation>
    </message>
    <message>
        <source>準半壊</source>
        <translation>准半毁</translation>
    </message>
    <message>
        <source>一部損壊</source>
        <translation>部分损坏</translation>
    </message>
    <message>
        <source>いまの住まいに住み続けられますか</source>
        <translation>能否继续居住在现在的住所？</translation>
    </message>
    <message>
        <source>災害でご家族が亡くなりましたか</source>
        <translation>是否有家人在灾害中去世？</translation>
    </message>
    <message>
        <source>災害でご家族が重いけが・障害を負いましたか</source>
        <translation>是否有家人因灾害受重伤或致残？</translation>
    </message>
    <message>
        <source>生活再建のための資金の貸付を希望しますか</source>
        <translation>是否希望借贷生活重建资金？</translation>
    </message>
    <message>
        <source>電子証明書の更新</source>
        <translation>更新电子证书</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>个人编号卡（My Number Card）</translation>
    </message>
    <message>
        <source>カードの暗証番号（利用者証明用 数字4桁・署名用 英数字6〜16桁）</source>
        <translation>卡的密码（用户证明用：4位数字；签名用：6～16位英文字母和数字）</translation>
    </message>
    <message>
        <source>マイナンバーカードの更新（交付申請）</source>
        <translation>更新个人编号卡（申请新卡）</translation>
    </message>
    <message>
        <source>いまお持ちのマイナンバーカード</source>
        <translation>您现在持有的个人编号卡</translation>
    </message>
    <message>
        <source>顔写真（縦4.5cm×横3.5cm、6か月以内に撮影したもの）</source>
        <translation>面部照片（高4.5厘米×宽3.5厘米，6个月内拍摄）</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>手続き案内票</source>
        <translation>手续指南单</translation>
    </message>
    <message>
        <source>手続き・担当窓口</source>
        <translation>手续·负责窗口</translation>
    </message>
    <message>
        <source>この手続きが必要な理由</source>
        <translation>需要办理此手续的原因</translation>
    </message>
    <message>
        <source>お持ちいただくもの</source>
        <translation>需携带的物品</translation>
    </message>
    <message>
        <source>手数料</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>{name}&#x3000;様</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>ご用件：{event}&#x3000;&#x3000;手続きの数：{count}</source>
        <translation>事由：{event}&#x3000;&#x3000;手续数量：{count}</translation>
    </message>
    <message>
        <source>手数料の合計&#x3000;{amount}</source>
        <translation>手续费合计&#x3000;{amount}</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>{amount}日元</translation>
    </message>
    <message>
        <source>無料</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。</source>
        <translation>请按编号顺序前往各窗口。申请书均已填好，请确认内容后签名即可。</translation>
    </message>
    <message>
        <source>手続き案内票&#x3000;書かないワンストップ窓口</source>
        <translation>手续指南单&#x3000;免填写一站式窗口</translation>
    </message>
    <message>
        <source>{municipality}&#x3000;受付番号票</source>
        <translation>{municipality}&#x3000;受理号码单</translation>
    </message>
    <message>
        <source>お待ちの目安：約{minutes}分</source>
        <translation>预计等候时间：约{minutes}分钟</translation>
    </message>
    <message>
        <source>本日の手続き</source>
        <translation>今日办理的手续</translation>
    </message>
    <message>
        <source>番号が呼ばれたら、表示された窓口へお越しください。</source>
        <translation>叫到您的号码后，请前往显示的窗口。</translation>
    </message>
    <message>
        <source>{event}のときに必要な手続きです</source>
        <translation>{event}时需要办理的手续</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>是</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n}人</translation>
    </message>
    <message>
        <source>{n}歳</source>
        <translation>{n}岁</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>住所が市内</source>
        <translation>住址在本市</translation>
    </message>
    <message>
        <source>18歳未満の子</source>
        <translation>未满18岁的子女</translation>
    </message>
    <message>
        <source>亡くなった方の年齢</source>
        <translation>逝者的年龄</translation>
    </message>
    <message>
        <source>国民健康保険に加入する方</source>
        <translation>加入国民健康保险的人</translation>
    </message>
    <message>
        <source>後期高齢者医療の対象の方（75歳以上など）</source>
        <translation>后期高龄者医疗的对象（75岁以上等）</translation>
    </message>
    <message>
        <source>あなたの健康保険</source>
        <translation>您的健康保险</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限</source>
        <translation>个人编号卡的有效期</translation>
    </message>
    <message>
        <source>電子証明書の有効期限</source>
        <translation>电子证书的有效期</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限（{date}）が過ぎています。新しいカードの申請（カードの更新）を、このあと窓口でご案内します。</source>
        <translation>您的个人编号卡已于{date}过期。稍后窗口会为您办理新卡申请（更新卡）。</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限は{date}です。新しいカードの申請（カードの更新）が、いまからできます。</source>
        <translation>您的个人编号卡将于{date}到期。现在即可申请新卡（更新卡）。</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。電子証明書の更新を、このあと窓口でご案内します。</source>
        <translation>您的个人编号卡上的电子证书已于{date}过期。稍后窗口会为您办理电子证书的更新。</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限は{date}です。期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。電子証明書の更新が、いまからできます。</source>
        <translation>您的个人编号卡上的电子证书将于{date}到期。过期后将无法在便利店领取证明书，也无法将卡用作健康保险证。现在即可更新电子证书。</translation>
    </message>
    <message>
        <source>期限が切れています</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>3か月以内に切れます</source>
        <translation>3个月内到期</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>入力欄</source>
        <translation>输入栏</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>決定</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>（選択中）</source>
        <translation>（已选择）</translation>
    </message>
    <message>
        <source>濁点</source>
        <translation>浊音符</translation>
    </message>
    <message>
        <source>半濁点</source>
        <translation>半浊音符</translation>
    </message>
    <message>
        <source>小さい文字</source>
        <translation>小写假名</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>空格</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>暗証番号が違います</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>カードが外されました。もう一度カードを置いてください</source>
        <translation>卡片已被移开。请重新放置卡片</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。職員を呼んでください</source>
        <translation>无法读取卡片。请呼叫工作人员</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です</source>
        <translation>密码为4位数字</translation>
    </message>
    <message>
        <source>必須です。入力してください</source>
        <translation>必填项，请输入</translation>
    </message>
    <message>
        <source>全角カタカナで入力してください</source>
        <translation>请用全角片假名输入</translation>
    </message>
    <message>
        <source>日付が正しくありません（例: 2026-11-23）</source>
        <translation>日期不正确（例：2026-11-23）</translation>
    </message>
    <message>
        <source>0以上の整数で入力してください</source>
        <translation>请输入0以上的整数</translation>
    </message>
    <message>
        <source>一つ以上選んでください</source>
        <translation>请至少选择一项</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 190-0012）</source>
        <translation>邮政编码为7位数字（例：190-0012）</translation>
    </message>
    <message>
        <source>電話番号が正しくありません（例: 090-1234-5678）</source>
        <translation>电话号码不正确（例：090-1234-5678）</translation>
    </message>
    <message>
        <source>200文字以内で入力してください</source>
        <translation>请输入200字以内</translation>
    </message>
    <message>
        <source>今日より後の日付は入力できません</source>
        <translation>不能输入今天以后的日期</translation>
    </message>
    <message>
        <source>このカードでは暗証番号を使えません</source>
        <translation>此卡无法使用密码</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。職員を呼びました。そのままお待ちください</source>
        <translation>无法打印申请书。已呼叫工作人员，请在此稍候</translation>
    </message>
    <message>
        <source>カードに書かれていることが違います。もう一度確かめてください</source>
        <translation>与卡面上印有的信息不符。请再确认一次</translation>
    </message>
    <message>
        <source>生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します</source>
        <translation>请确认出生日期。选择年号，然后按年、月、日各输入2位数字</translation>
    </message>
    <message>
        <source>有効期限の年を確かめてください（西暦4けた）</source>
        <translation>请确认有效期的年份（公历4位数字）</translation>
    </message>
    <message>
        <source>セキュリティコードは数字4けたです</source>
        <translation>安全码为4位数字</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>请将个人编号卡放在读卡器上</translation>
    </message>
    <message>
        <source>カードは手続きが終わるまで置いたままにしてください</source>
        <translation>手续办完之前请不要拿开卡片</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください</source>
        <translation>正在读取卡片，请不要移动卡片</translation>
    </message>
    <message>
        <source>暗証番号の残り回数: {n}回</source>
        <translation>剩余输入次数：{n}次</translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされます。わからないときは職員を呼んでください</source>
        <translation>再错一次密码将被锁定。不确定时请呼叫工作人员</translation>
    </message>
    <message>
        <source>この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください</source>
        <translation>此手续需要个人编号。请再次输入密码（4位数字）</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>密码已被锁定</translation>
    </message>
    <message>
        <source>市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。本人確認書類をお持ちください。職員がご案内します。</source>
        <translation>请到市政府1楼的个人编号卡窗口重新设置密码。请携带身份证明文件。工作人员会为您引导。</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力がロックされています</source>
        <translation>卡面信息的输入已被锁定</translation>
    </message>
    <message>
        <source>間違いが続いたため、この方法では読み取れなくなりました。市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。本人確認書類をお持ちください。</source>
        <translation>由于连续输错，已无法用此方法读取。请到市政府1楼的个人编号卡窗口，工作人员确认您的身份后为您解除锁定。请携带身份证明文件。</translation>
    </message>
    <message>
        <source>このカードには暗証番号がありません（顔認証マイナンバーカード）。</source>
        <translation>此卡没有设置密码（人脸认证个人编号卡）。</translation>
    </message>
    <message>
        <source>最初に戻る</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>カードの内容を確認してください</source>
        <translation>请确认卡片上的信息</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>はい、正しいです</source>
        <translation>是的，信息正确</translation>
    </message>
    <message>
        <source>違います（職員を呼ぶ）</source>
        <translation>不正确（呼叫工作人员）</translation>
    </message>
    <message>
        <source>ご用件を選んでください</source>
        <translation>请选择您要办理的事项</translation>
    </message>
    <message>
        <source>ひとつ前に戻る</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>是</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>否</translation>
    </message>
    <message>
        <source>あてはまるものを すべて選んでください</source>
        <translation>请选择所有符合的项目</translation>
    </message>
    <message>
        <source>元</source>
        <translation>元</translation>
    </message>
    <message>
        <source>年</source>
        <translation>年</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>昨日</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}年{m}月{d}日</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>ご家族の情報は、窓口で職員がお伺いします</source>
        <translation>家人的信息将由工作人员在窗口询问</translation>
    </message>
    <message>
        <source>申請書の内容</source>
        <translation>申请书内容</translation>
    </message>
    <message>
        <source>申請書の内容を確認してください（書くところはありません）</source>
        <translation>请确认申请书内容（无需填写）</translation>
    </message>
    <message>
        <source>印刷する</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>（〓は印字できない文字です。職員が確認します）</source>
        <translation>（〓为无法打印的字符，工作人员会确认）</translation>
    </message>
    <message>
        <source>印刷中</source>
        <translation>正在打印</translation>
    </message>
    <message>
        <source>印刷しています。しばらくお待ちください</source>
        <translation>正在打印，请稍候</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。この番号でお呼びします</source>
        <translation>无法打印号码牌。我们将按此号码叫您</translation>
    </message>
    <message>
        <source>印刷しました。受付番号の札をお取りください</source>
        <translation>打印完成。请取走您的受理号码票</translation>
    </message>
    <message>
        <source>番号が呼ばれたら窓口へお越しください。署名と確認をいたします。</source>
        <translation>叫到您的号码时请到窗口，办理确认和签名。</translation>
    </message>
    <message>
        <source>終わる</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>印刷できませんでした</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>男</source>
        <translation>男</translation>
    </message>
    <message>
        <source>女</source>
        <translation>女</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <source>職員が向かっています。そのままお待ちください</source>
        <translation>工作人员正在赶来，请在此稍候</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>如无操作，{n}秒后返回首页</translation>
    </message>
    <message>
        <source>暗証番号がわからない方</source>
        <translation>不知道密码的人</translation>
    </message>
    <message>
        <source>マイナンバーカードの暗証番号（数字4けた）</source>
        <translation>个人编号卡密码（4位数字）</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力も、間違いが続いたため使えなくなりました。</source>
        <translation>由于连续输错，卡面信息的输入也已无法使用。</translation>
    </message>
    <message>
        <source>① 生年月日</source>
        <translation>① 出生日期</translation>
    </message>
    <message>
        <source>住所の下に「昭和55年 2月17日生」のように書かれています。元号を選び、年・月・日を2けたずつ入力してください（例: 550217）</source>
        <translation>印在地址下方，例如「昭和55年 2月17日生」。请选择年号，然后按年、月、日各输入2位数字（例：550217）</translation>
    </message>
    <message>
        <source>② カードの有効期限の年</source>
        <translation>② 卡的有效期年份</translation>
    </message>
    <message>
        <source>「2035年 2月17日まで有効」のように書かれています。その年を西暦4けたで入力してください</source>
        <translation>印有如「2035年 2月17日まで有効」的字样。请输入该年份（公历4位数字）</translation>
    </message>
    <message>
        <source>③ セキュリティコード</source>
        <translation>③ 安全码</translation>
    </message>
    <message>
        <source>顔写真の下に書かれている数字4けたを入力してください</source>
        <translation>请输入照片下方印有的4位数字</translation>
    </message>
    <message>
        <source>令和</source>
        <translation>令和</translation>
    </message>
    <message>
        <source>平成</source>
        <translation>平成</translation>
    </message>
    <message>
        <source>昭和</source>
        <translation>昭和</translation>
    </message>
    <message>
        <source>大正</source>
        <translation>大正</translation>
    </message>
    <message>
        <source>カードの絵</source>
        <translation>卡片示意图</translation>
    </message>
    <message>
        <source>残り回数: {n}回</source>
        <translation>剩余次数：{n}次</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>はい</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窓口システム ログイン</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが違います</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待っている番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対応中の番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>転送先</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>順番待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次の番号を呼ぶ (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再呼出 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>転送 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不在 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窓口で受付票を発行 (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対応中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>呼び出し中…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>対応中の番号はありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人番号も読む（必要な手続きのみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ライフイベント</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案内票の言語</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必要な手続き</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人情報（カードまたは手入力）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カード読取 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請コードを読む (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答</source>
        <translation type="unfinished">回答</translation>
    </message>
    <message>
        <source>カードを読み取っています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請コード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請コードを読んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人情報が正しくありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手続きを判定しました: {n}件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>送信待ちに登録しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードを読み取りました（真正性: {v}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この窓口にないライフイベントです</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前申請の回答を読み込みました。確認してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次の回答は読み込みませんでした / not loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューのページ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>書かないワンストップ窓口 — 職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員画面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログイン中の職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>窓口</source>
        <translation type="unfinished">窗口</translation>
    </message>
    <message>
        <source>納付書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リモート窓口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>職員</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理件数・処理時間・待ち時間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理件数のグラフ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>まだ記録がありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>時間ごと</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日ごと</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>集計の単位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理件数・処理時間・待ち時間の表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSVに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知書番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書の候補</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書の状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を発行 (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通知書番号を入力してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（見本）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}件見つかりました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行する納付書を選んでください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を作成し、コードを確認しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を印刷しました（コード確認済み）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を検索できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>納付書を発行できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所の端末名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共有されている内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続中の参加者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答の項目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答の値（JSON可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リモート窓口の状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所に接続</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回答を送る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所で印刷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リモート窓口の証明書が設定されていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支所に印刷を依頼しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接続しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同時に変更されました。最新の内容を確認してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面の{caption}の画像</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日の元号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日（券面の和暦 年月日 6桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効期限の年（西暦4桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>セキュリティコード（4桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号の状態</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効期限のお知らせ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日（和暦）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有効期限の年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>セキュリティコード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号なしで読む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号なしで読む（照合番号B）・本人確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面の顔写真</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードのデータの真正性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面の真正性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チップの真正性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写真で本人確認しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チップ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号: 設定あり</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号: ロック中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暗証番号: なし（顔認証マイナンバーカード）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（残り{n}回）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;照合番号B: ロック中（窓口で本人確認のうえ解除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;照合番号B: 残り{n}回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>顔写真なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人確認済み（写真）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照合番号Bはロック中です。マイナンバーカード窓口で本人確認のうえロックを解除します。本人確認書類を確認して手入力でも受け付けられます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードを読み取りました。写真で本人確認をしてください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「暗証番号なしで読む」で読み取れます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国籍・地域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留期間の満了日（YYYY-MM-DD）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通称（ある方のみ）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留カードで受付（マイナンバーカードなし）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在留カードで受付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住基法30条の45区分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>音声案内: オン</source>
        <translation>语音引导：开启</translation>
    </message>
    <message>
        <source>音声案内: 使えません（音声エンジンがありません）</source>
        <translation>语音引导：不可用（没有语音引擎）</translation>
    </message>
    <message>
        <source>音声案内: この言語の音声がありません</source>
        <translation>语音引导：没有此语言的语音</translation>
    </message>
    <message>
        <source>順番待ちの状態</source>
        <translation>排队状态</translation>
    </message>
    <message>
        <source>送信できない記録</source>
        <translation>无法发送的记录</translation>
    </message>
    <message>
        <source>順番待ち: 共有</source>
        <translation>排队：已共享</translation>
    </message>
    <message>
        <source>順番待ち: オフライン（この端末の番号で発行）</source>
        <translation>排队：离线（使用本终端的号码）</translation>
    </message>
    <message>
        <source>送信できない記録: {n}件（職員が確認します）</source>
        <translation>无法发送的记录：{n}件（工作人员会确认）</translation>
    </message>
    <message>
        <source>カードリーダー: 接続</source>
        <translation>读卡器：已连接</translation>
    </message>
    <message>
        <source>カードリーダー: 見つかりません</source>
        <translation>读卡器：未找到</translation>
    </message>
    <message>
        <source>プリンター: 正常</source>
        <translation>打印机：正常</translation>
    </message>
    <message>
        <source>プリンター: エラー（職員が確認します）</source>
        <translation>打印机：故障（工作人员会确认）</translation>
    </message>
    <message>
        <source>事務所: 未設定（この端末に保存）</source>
        <translation>办公室：未设置（保存在本终端）</translation>
    </message>
    <message>
        <source>事務所: オンライン</source>
        <translation>办公室：在线</translation>
    </message>
    <message>
        <source>事務所: オフライン（未送信 {n}件は保存済み）</source>
        <translation>办公室：离线（未发送的{n}件已保存）</translation>
    </message>
</context>
</TS>
