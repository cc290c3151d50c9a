<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CallDisplay</name>
    <message>
        <source>呼出表示</source>
        <translation>Call display</translation>
    </message>
    <message>
        <source>お呼び出し中の番号</source>
        <translation>Numbers being called</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>呼出</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>お待ちの方: {n}人</source>
        <translation>Waiting: {n}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>転居（市内で引っ越した）</source>
        <translation>Moving within the city</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>Your name in katakana (a space between family and given name)</translation>
    </message>
    <message>
        <source>みらい市</source>
        <translation>Mirai City</translation>
    </message>
    <message>
        <source>転入（市外から引っ越してきた）</source>
        <translation>Moving into the city (from another municipality)</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>A phone number we can reach you at during the day</translation>
    </message>
    <message>
        <source>国外から引っ越してきましたか（国外からの転入）</source>
        <translation>Are you moving in from abroad?</translation>
    </message>
    <message>
        <source>新しい住所に住み始めた日</source>
        <translation>The day you started living at the new address</translation>
    </message>
    <message>
        <source>新しい住所（みらい市内）</source>
        <translation>Your new address in Mirai City</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号</source>
        <translation>Postal code of the new address</translation>
    </message>
    <message>
        <source>届け出る方（あなた）の立場</source>
        <translation>Who you are filing as</translation>
    </message>
    <message>
        <source>本人（引っ越す方）</source>
        <translation>The person moving (yourself)</translation>
    </message>
    <message>
        <source>世帯主（家族の分を届け出る）</source>
        <translation>Head of the household (filing for family members)</translation>
    </message>
    <message>
        <source>代理人（委任状が必要）</source>
        <translation>Proxy (a letter of attorney is needed)</translation>
    </message>
    <message>
        <source>世帯について</source>
        <translation>Your household</translation>
    </message>
    <message>
        <source>新しい世帯をつくる（全部転入）</source>
        <translation>Start a new household</translation>
    </message>
    <message>
        <source>市内にある世帯に入る（一部転入）</source>
        <translation>Join a household already living in the city</translation>
    </message>
    <message>
        <source>世帯主はあなたですか</source>
        <translation>Are you the head of the household?</translation>
    </message>
    <message>
        <source>世帯主の氏名</source>
        <translation>Name of the head of the household</translation>
    </message>
    <message>
        <source>世帯主から見たあなたの続柄（妻、子、父、同居人など）</source>
        <translation>Your relationship as the head of the household sees it (wife 妻, child 子, father 父, lodger 同居人 …)</translation>
    </message>
    <message>
        <source>世帯主の国籍</source>
        <translation>Nationality of the head of the household</translation>
    </message>
    <message>
        <source>日本</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>日本以外</source>
        <translation>Another country</translation>
    </message>
    <message>
        <source>一緒に手続きするご家族（あなた以外）</source>
        <translation>Family members included in this procedure (other than you)</translation>
    </message>
    <message>
        <source>加入している健康保険</source>
        <translation>Your health insurance</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>National Health Insurance</translation>
    </message>
    <message>
        <source>勤務先の健康保険（社会保険）</source>
        <translation>Health insurance through your employer</translation>
    </message>
    <message>
        <source>後期高齢者医療制度</source>
        <translation>Medical care system for people aged 75 and over</translation>
    </message>
    <message>
        <source>その他・わからない</source>
        <translation>Other / not sure</translation>
    </message>
    <message>
        <source>前の市区町村で要介護・要支援の認定を受けていましたか</source>
        <translation>Did you have a long-term care certification in your previous municipality?</translation>
    </message>
    <message>
        <source>印鑑登録をしますか</source>
        <translation>Do you want to register a personal seal (inkan)?</translation>
    </message>
    <message>
        <source>登録する印鑑の氏名の表記</source>
        <translation>The name your seal carries</translation>
    </message>
    <message>
        <source>氏名（在留カードの表記）</source>
        <translation>Your name as on the residence card</translation>
    </message>
    <message>
        <source>通称</source>
        <translation>Your registered alias (tsūshō)</translation>
    </message>
    <message>
        <source>氏名のカタカナ表記</source>
        <translation>Your name in katakana</translation>
    </message>
    <message>
        <source>印鑑に使う氏名のカタカナ表記</source>
        <translation>Your name in katakana, as the seal carries it</translation>
    </message>
    <message>
        <source>転出（市外へ引っ越す）</source>
        <translation>Moving out of the city (to another municipality)</translation>
    </message>
    <message>
        <source>引っ越す日（予定日）</source>
        <translation>Moving date (planned)</translation>
    </message>
    <message>
        <source>引っ越し先の住所</source>
        <translation>The address you are moving to</translation>
    </message>
    <message>
        <source>みらい市で印鑑登録をしていますか</source>
        <translation>Do you have a seal registered in Mirai City?</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>Do you receive the child allowance from Mirai City?</translation>
    </message>
    <message>
        <source>出生（子どもが生まれた）</source>
        <translation>Birth of a child</translation>
    </message>
    <message>
        <source>お子さんの氏名（姓と名の間は全角空白）</source>
        <translation>The child&apos;s name (a space between family and given name)</translation>
    </message>
    <message>
        <source>お子さんの氏名のフリガナ（全角カタカナ）</source>
        <translation>The child&apos;s name in katakana</translation>
    </message>
    <message>
        <source>生まれた日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>お子さんの性別</source>
        <translation>The child&apos;s sex</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>生まれたところ（病院名と所在地）</source>
        <translation>Place of birth (hospital name and address)</translation>
    </message>
    <message>
        <source>お子さんとのご関係（届出人）</source>
        <translation>Your relationship to the child (person filing)</translation>
    </message>
    <message>
        <source>父</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>母</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>もう一人の親の氏名</source>
        <translation>The other parent&apos;s name</translation>
    </message>
    <message>
        <source>おくやみ（家族が亡くなった）</source>
        <translation>Death of a family member</translation>
    </message>
    <message>
        <source>亡くなった方の氏名</source>
        <translation>Name of the deceased</translation>
    </message>
    <message>
        <source>亡くなった方の氏名のフリガナ</source>
        <translation>Name of the deceased in katakana</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日</source>
        <translation>Date of birth of the deceased</translation>
    </message>
    <message>
        <source>亡くなった日</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>亡くなった方とのご関係</source>
        <translation>Your relationship to the deceased</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>兄弟姉妹</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>亡くなった方の健康保険</source>
        <translation>Health insurance of the deceased</translation>
    </message>
    <message>
        <source>勤務先の健康保険</source>
        <translation>Health insurance through an employer</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか</source>
        <translation>Was the deceased the head of the household?</translation>
    </message>
    <message>
        <source>世帯に残る方の人数</source>
        <translation>Number of people remaining in the household</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <translation>Did the deceased have a registered seal?</translation>
    </message>
    <message>
        <source>あなたが葬儀を行いましたか（喪主）</source>
        <translation>Did you hold the funeral (chief mourner)?</translation>
    </message>
    <message>
        <source>葬儀の日</source>
        <translation>Date of the funeral</translation>
    </message>
    <message>
        <source>振込先口座（金融機関・支店・種別・口座番号）</source>
        <translation>Bank account for the payment (bank, branch, type, number)</translation>
    </message>
    <message>
        <source>証明書（住民票・印鑑証明・所得証明）</source>
        <translation>Certificates (residence, seal, income)</translation>
    </message>
    <message>
        <source>必要な証明書</source>
        <translation>Certificates you need</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Copy of the residence record</translation>
    </message>
    <message>
        <source>印鑑登録証明書</source>
        <translation>Seal registration certificate</translation>
    </message>
    <message>
        <source>所得・課税証明書</source>
        <translation>Income and tax certificate</translation>
    </message>
    <message>
        <source>それぞれの通数</source>
        <translation>Number of copies of each</translation>
    </message>
    <message>
        <source>使いみち（提出先）</source>
        <translation>What the certificates are for</translation>
    </message>
    <message>
        <source>勤務先へ提出</source>
        <translation>For your employer</translation>
    </message>
    <message>
        <source>学校へ提出</source>
        <translation>For a school</translation>
    </message>
    <message>
        <source>金融機関・ローン</source>
        <translation>Bank or loan</translation>
    </message>
    <message>
        <source>自動車登録</source>
        <translation>Car registration</translation>
    </message>
    <message>
        <source>妊娠しているのはどなたですか</source>
        <translation>Who is pregnant?</translation>
    </message>
    <message>
        <source>わたし（カードの本人）</source>
        <translation>Me (the card holder)</translation>
    </message>
    <message>
        <source>一緒に手続きする家族</source>
        <translation>A family member in this procedure</translation>
    </message>
    <message>
        <source>妊娠している方の氏名（一緒に手続きする家族のうち）</source>
        <translation>Name of the pregnant person (one of the family members)</translation>
    </message>
    <message>
        <source>介護を受ける方はどなたですか</source>
        <translation>Who needs the care?</translation>
    </message>
    <message>
        <source>家族（親など）</source>
        <translation>A family member (a parent …)</translation>
    </message>
    <message>
        <source>介護を受ける方（氏名、フリガナ、生年月日、性別、あなたから見た続柄）</source>
        <translation>The person who needs care (name, kana, birth date, sex, relationship to you)</translation>
    </message>
    <message>
        <source>介護を受ける方の住所（あなたと同じなら空欄）</source>
        <translation>Address of the person who needs care (empty if the same as yours)</translation>
    </message>
    <message>
        <source>罹災証明書交付申請</source>
        <translation>Disaster damage certificate request</translation>
    </message>
    <message>
        <source>防災危機管理課</source>
        <translation>Disaster and Crisis Management Division</translation>
    </message>
    <message>
        <source>被災者支援窓口</source>
        <translation>Disaster victim support counter</translation>
    </message>
    <message>
        <source>被害状況の写真（あれば）</source>
        <translation>Photos of the damage (if any)</translation>
    </message>
    <message>
        <source>被災者生活再建支援金の支給申請</source>
        <translation>Livelihood recovery support payment application</translation>
    </message>
    <message>
        <source>福祉課</source>
        <translation>Welfare Division</translation>
    </message>
    <message>
        <source>罹災証明書</source>
        <translation>Disaster damage certificate</translation>
    </message>
    <message>
        <source>振込先口座のわかるもの</source>
        <translation>Bank account details (bankbook or cash card)</translation>
    </message>
    <message>
        <source>応急修理の実施申請</source>
        <translation>Emergency home repair application</translation>
    </message>
    <message>
        <source>建築課</source>
        <translation>Building Division</translation>
    </message>
    <message>
        <source>修理見積書</source>
        <translation>Repair estimate</translation>
    </message>
    <message>
        <source>応急仮設住宅の入居申請</source>
        <translation>Temporary housing application</translation>
    </message>
    <message>
        <source>災害弔慰金の支給申請</source>
        <translation>Disaster condolence payment application</translation>
    </message>
    <message>
        <source>死亡診断書の写し</source>
        <translation>Copy of the death certificate</translation>
    </message>
    <message>
        <source>災害障害見舞金の支給申請</source>
        <translation>Disaster disability payment application</translation>
    </message>
    <message>
        <source>診断書</source>
        <translation>Medical certificate</translation>
    </message>
    <message>
        <source>災害援護資金の貸付申請</source>
        <translation>Disaster relief loan application</translation>
    </message>
    <message>
        <source>世帯全員の所得証明書</source>
        <translation>Income certificates of all household members</translation>
    </message>
    <message>
        <source>連帯保証人の書類（必要な場合）</source>
        <translation>Guarantor&apos;s documents (if required)</translation>
    </message>
    <message>
        <source>国民健康保険 資格取得届</source>
        <translation>National Health Insurance: enrolment</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <translation>Insurance and Pension Division</translation>
    </message>
    <message>
        <source>3番窓口</source>
        <translation>Counter 3</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード）</source>
        <translation>Photo ID (My Number Card)</translation>
    </message>
    <message>
        <source>前の健康保険の資格喪失証明書（社会保険をやめた方）</source>
        <translation>Proof of leaving your previous health insurance (if you left employer insurance)</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）</source>
        <translation>Residence card (or special permanent resident certificate)</translation>
    </message>
    <message>
        <source>国民健康保険 資格喪失届</source>
        <translation>National Health Insurance: withdrawal</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書（お持ちの方）</source>
        <translation>National Health Insurance eligibility certificate (if you have one)</translation>
    </message>
    <message>
        <source>国民年金 被保険者関係届（住所変更・資格取得）</source>
        <translation>National Pension: notification (address change / enrolment)</translation>
    </message>
    <message>
        <source>4番窓口</source>
        <translation>Counter 4</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの（年金手帳・基礎年金番号通知書）</source>
        <translation>Document showing your Basic Pension Number (pension book or number notice)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格取得（転入）届</source>
        <translation>Medical care for people 75+: enrolment (moving in)</translation>
    </message>
    <message>
        <source>5番窓口</source>
        <translation>Counter 5</translation>
    </message>
    <message>
        <source>前住所地の負担区分等証明書</source>
        <translation>Co-payment category certificate from your previous municipality</translation>
    </message>
    <message>
        <source>葬祭費支給申請</source>
        <translation>Funeral expenses payment application</translation>
    </message>
    <message>
        <source>葬儀の領収書または会葬礼状（喪主の確認できるもの）</source>
        <translation>Funeral receipt or funeral thank-you card (showing the chief mourner)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格喪失届</source>
        <translation>Medical care for people 75+: withdrawal</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格確認書</source>
        <translation>Eligibility certificate for medical care for people 75+</translation>
    </message>
    <message>
        <source>要介護・要支援認定申請</source>
        <translation>Long-term care certification application</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <translation>Long-Term Care Insurance Division</translation>
    </message>
    <message>
        <source>9番窓口</source>
        <translation>Counter 9</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <translation>Long-term care insurance card</translation>
    </message>
    <message>
        <source>主治医の氏名・医療機関がわかるもの</source>
        <translation>Your doctor&apos;s name and clinic/hospital (e.g. a card or note)</translation>
    </message>
    <message>
        <source>要介護・要支援更新認定申請</source>
        <translation>Long-term care certification renewal</translation>
    </message>
    <message>
        <source>要介護・要支援状態区分変更認定申請</source>
        <translation>Long-term care level change application</translation>
    </message>
    <message>
        <source>住所移転後の要介護・要支援認定申請</source>
        <translation>Long-term care certification after moving in</translation>
    </message>
    <message>
        <source>前住所地で交付された受給資格証明書</source>
        <translation>Eligibility certificate issued by your previous municipality</translation>
    </message>
    <message>
        <source>居宅（介護予防）サービス計画作成依頼届出</source>
        <translation>Care plan request (home care / preventive care)</translation>
    </message>
    <message>
        <source>介護保険負担限度額認定申請</source>
        <translation>Application for reduced care facility costs</translation>
    </message>
    <message>
        <source>預貯金の通帳の写し</source>
        <translation>Copies of your bank passbooks</translation>
    </message>
    <message>
        <source>介護保険被保険者証の再交付申請</source>
        <translation>Long-term care insurance card reissue</translation>
    </message>
    <message>
        <source>介護保険 資格喪失届</source>
        <translation>Long-term care insurance: withdrawal</translation>
    </message>
    <message>
        <source>児童手当 認定請求</source>
        <translation>Child allowance application</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <translation>Childcare Support Division</translation>
    </message>
    <message>
        <source>6番窓口</source>
        <translation>Counter 6</translation>
    </message>
    <message>
        <source>請求者名義の振込先口座のわかるもの</source>
        <translation>Bank account details in the applicant&apos;s name</translation>
    </message>
    <message>
        <source>請求者の健康保険の資格情報</source>
        <translation>Applicant&apos;s health insurance details (card or certificate)</translation>
    </message>
    <message>
        <source>児童手当 額改定請求</source>
        <translation>Child allowance: change of amount</translation>
    </message>
    <message>
        <source>児童手当 住所変更等の届出</source>
        <translation>Child allowance: change of address, etc.</translation>
    </message>
    <message>
        <source>児童手当 受給事由消滅届</source>
        <translation>Child allowance: end of eligibility</translation>
    </message>
    <message>
        <source>子ども医療費 受給資格登録申請</source>
        <translation>Child medical expense subsidy registration</translation>
    </message>
    <message>
        <source>子の健康保険の資格情報</source>
        <translation>Child&apos;s health insurance details</translation>
    </message>
    <message>
        <source>妊娠の届出</source>
        <translation>Pregnancy registration</translation>
    </message>
    <message>
        <source>子育て支援課（保健センター）</source>
        <translation>Childcare Support Division (Health Center)</translation>
    </message>
    <message>
        <source>7番窓口</source>
        <translation>Counter 7</translation>
    </message>
    <message>
        <source>妊娠の診断を受けた医療機関名がわかるもの</source>
        <translation>Name of the clinic/hospital that confirmed your pregnancy</translation>
    </message>
    <message>
        <source>委任状（妊娠している方以外が届け出る場合）</source>
        <translation>Letter of attorney (if someone other than the pregnant person files)</translation>
    </message>
    <message>
        <source>保育施設等の利用申込（支給認定申請）</source>
        <translation>Daycare application (eligibility certification)</translation>
    </message>
    <message>
        <source>保育課</source>
        <translation>Daycare Division</translation>
    </message>
    <message>
        <source>8番窓口</source>
        <translation>Counter 8</translation>
    </message>
    <message>
        <source>保護者の就労証明書</source>
        <translation>Parents&apos; employment certificates</translation>
    </message>
    <message>
        <source>転入届</source>
        <translation>Moving-in notification</translation>
    </message>
    <message>
        <source>市民課</source>
        <translation>Citizens Division</translation>
    </message>
    <message>
        <source>1番窓口</source>
        <translation>Counter 1</translation>
    </message>
    <message>
        <source>前住所地の転出証明書（マイナンバーカードによる転出の場合は不要）</source>
        <translation>Moving-out certificate from your previous municipality (not needed if you moved out using your My Number Card)</translation>
    </message>
    <message>
        <source>委任状（代理人が届け出る場合）</source>
        <translation>Letter of attorney (if a proxy files)</translation>
    </message>
    <message>
        <source>転出届</source>
        <translation>Moving-out notification</translation>
    </message>
    <message>
        <source>転居届</source>
        <translation>Change of address within the city</translation>
    </message>
    <message>
        <source>マイナンバーカード 継続利用・券面記載事項変更届</source>
        <translation>My Number Card: continued use / update of card details</translation>
    </message>
    <message>
        <source>2番窓口</source>
        <translation>Counter 2</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）: 転入する方全員の分</source>
        <translation>Residence card (or special permanent resident certificate) of everyone moving in</translation>
    </message>
    <message>
        <source>パスポート（転入する方全員の分）</source>
        <translation>Passport of everyone moving in</translation>
    </message>
    <message>
        <source>戸籍謄本と戸籍の附票（本籍地が市外の方）</source>
        <translation>Family register copy and its residence record (if your registered domicile is elsewhere)</translation>
    </message>
    <message>
        <source>続柄を証する文書（婚姻証明書・出生証明書など）と日本語の訳文（訳者の氏名と訳した日の入ったもの）</source>
        <translation>A document proving the family relationship (marriage or birth certificate …) with a Japanese translation (signed and dated by the translator)</translation>
    </message>
    <message>
        <source>対象者全員のマイナンバーカード</source>
        <translation>My Number Cards of everyone concerned</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <translation>Card PIN(s)</translation>
    </message>
    <message>
        <source>印鑑登録申請</source>
        <translation>Seal registration application</translation>
    </message>
    <message>
        <source>登録する印鑑</source>
        <translation>The personal seal (inkan) to register</translation>
    </message>
    <message>
        <source>印鑑登録廃止申請</source>
        <translation>Cancellation of seal registration</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Seal registration card</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求</source>
        <translation>Request for a copy of the residence record, etc.</translation>
    </message>
    <message>
        <source>証明書窓口</source>
        <translation>Certificates counter</translation>
    </message>
    <message>
        <source>印鑑登録証明書交付申請</source>
        <translation>Seal registration certificate request</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）またはマイナンバーカード</source>
        <translation>Seal registration card or My Number Card</translation>
    </message>
    <message>
        <source>出生届</source>
        <translation>Birth registration</translation>
    </message>
    <message>
        <source>市民課（戸籍係）</source>
        <translation>Citizens Division (Family Register Section)</translation>
    </message>
    <message>
        <source>戸籍窓口</source>
        <translation>Family register counter</translation>
    </message>
    <message>
        <source>出生証明書（医師・助産師の記入済み）</source>
        <translation>Birth certificate (filled in by the doctor or midwife)</translation>
    </message>
    <message>
        <source>母子健康手帳</source>
        <translation>Maternal and Child Health Handbook</translation>
    </message>
    <message>
        <source>届出人の本人確認書類</source>
        <translation>Photo ID of the person filing</translation>
    </message>
    <message>
        <source>世帯主変更届</source>
        <translation>Change of head of household</translation>
    </message>
    <message>
        <source>所得・課税証明書交付申請</source>
        <translation>Income and tax certificate request</translation>
    </message>
    <message>
        <source>税務課</source>
        <translation>Taxation Division</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>所得・課税証明書の年度</source>
        <translation>Fiscal year of the income certificate</translation>
    </message>
    <message>
        <source>子育て（妊娠・保育・手当）</source>
        <translation>Childcare (pregnancy, daycare, allowances)</translation>
    </message>
    <message>
        <source>妊娠の届出をしますか</source>
        <translation>Are you registering a pregnancy?</translation>
    </message>
    <message>
        <source>出産予定日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>保育園などの利用を申し込みますか</source>
        <translation>Do you want to apply for daycare?</translation>
    </message>
    <message>
        <source>希望する保育施設（第1希望）</source>
        <translation>Preferred daycare (first choice)</translation>
    </message>
    <message>
        <source>介護（要介護認定など）</source>
        <translation>Long-term care (care certification, etc.)</translation>
    </message>
    <message>
        <source>介護の認定について、どの申請ですか</source>
        <translation>Which care certification application?</translation>
    </message>
    <message>
        <source>はじめての申請</source>
        <translation>First application</translation>
    </message>
    <message>
        <source>更新の申請</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>状態が変わった（区分変更）</source>
        <translation>My condition has changed (level change)</translation>
    </message>
    <message>
        <source>認定の申請はしない</source>
        <translation>No certification application</translation>
    </message>
    <message>
        <source>いま困っていること・体の状態</source>
        <translation>What you need help with / your physical condition</translation>
    </message>
    <message>
        <source>主治医（医療機関名・医師名）</source>
        <translation>Your doctor (clinic/hospital and doctor&apos;s name)</translation>
    </message>
    <message>
        <source>ケアプランの作成をケアマネジャーに依頼しますか</source>
        <translation>Will you ask a care manager to draw up your care plan?</translation>
    </message>
    <message>
        <source>依頼する居宅介護支援事業所</source>
        <translation>Care management office you are asking</translation>
    </message>
    <message>
        <source>施設の食費・居住費の軽減（負担限度額認定）を申請しますか</source>
        <translation>Apply for reduced meal and room costs at care facilities?</translation>
    </message>
    <message>
        <source>介護保険証をなくしたり、汚したりしましたか（再交付）</source>
        <translation>Did you lose or damage your care insurance card (reissue)?</translation>
    </message>
    <message>
        <source>被災（災害にあった）</source>
        <translation>Disaster relief</translation>
    </message>
    <message>
        <source>災害の名前</source>
        <translation>Name of the disaster</translation>
    </message>
    <message>
        <source>被害を受けた日</source>
        <translation>Date of the damage</translation>
    </message>
    <message>
        <source>被害を受けた住家の所在地</source>
        <translation>Address of the damaged home</translation>
    </message>
    <message>
        <source>住家の被害の程度（わかる範囲で）</source>
        <translation>Extent of damage to the home (as far as you know)</translation>
    </message>
    <message>
        <source>全壊</source>
        <translation>Completely destroyed</translation>
    </message>
    <message>
        <source>大規模半壊</source>
        <translation>Large-scale half destroyed</translation>
    </message>
    <message>
        <source>中規模半壊</source>
        <translation>Medium-scale half destroyed</translation>
    </message>
    <message>
        <source>半壊</source>
        <translation>Half destroyed</translation>
    </message>
    <message>
        <source>準半壊</source>
        <translation>Nearly half destroyed</translation>
    </message>
    <message>
        <source>一部損壊</source>
        <translation>Partially damaged</translation>
    </message>
    <message>
        <source>いまの住まいに住み続けられますか</source>
        <translation>Can you keep living in your home?</translation>
    </message>
    <message>
        <source>災害でご家族が亡くなりましたか</source>
        <translation>Did a family member die in the disaster?</translation>
    </message>
    <message>
        <source>災害でご家族が重いけが・障害を負いましたか</source>
        <translation>Was a family member seriously injured or disabled?</translation>
    </message>
    <message>
        <source>生活再建のための資金の貸付を希望しますか</source>
        <translation>Do you want a loan to rebuild your life?</translation>
    </message>
    <message>
        <source>電子証明書の更新</source>
        <translation>Renewing the e-certificates</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number Card</translation>
    </message>
    <message>
        <source>カードの暗証番号（利用者証明用 数字4桁・署名用 英数字6〜16桁）</source>
        <translation>The card&apos;s PINs (user authentication: 4 digits; signature: 6–16 letters and digits)</translation>
    </message>
    <message>
        <source>マイナンバーカードの更新（交付申請）</source>
        <translation>Renewing the My Number Card (application for a new card)</translation>
    </message>
    <message>
        <source>いまお持ちのマイナンバーカード</source>
        <translation>Your current My Number Card</translation>
    </message>
    <message>
        <source>顔写真（縦4.5cm×横3.5cm、6か月以内に撮影したもの）</source>
        <translation>A photo of your face (4.5 cm × 3.5 cm, taken within the last 6 months)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>手続き案内票</source>
        <translation>Procedure guide</translation>
    </message>
    <message>
        <source>手続き・担当窓口</source>
        <translation>Procedure / counter</translation>
    </message>
    <message>
        <source>この手続きが必要な理由</source>
        <translation>Why it is needed</translation>
    </message>
    <message>
        <source>お持ちいただくもの</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>手数料</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>{name}&#x3000;様</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>ご用件：{event}&#x3000;&#x3000;手続きの数：{count}</source>
        <translation>Purpose: {event}    Procedures: {count}</translation>
    </message>
    <message>
        <source>手数料の合計&#x3000;{amount}</source>
        <translation>Total fees: {amount}</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>¥{amount}</translation>
    </message>
    <message>
        <source>無料</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。</source>
        <translation>Please go to the counters in numbered order. All forms are already filled in: please check them and just sign.</translation>
    </message>
    <message>
        <source>手続き案内票&#x3000;書かないワンストップ窓口</source>
        <translation>Procedure guide – One-stop service, no writing needed</translation>
    </message>
    <message>
        <source>{municipality}&#x3000;受付番号票</source>
        <translation>{municipality} – Queue ticket</translation>
    </message>
    <message>
        <source>お待ちの目安：約{minutes}分</source>
        <translation>Estimated wait: about {minutes} min</translation>
    </message>
    <message>
        <source>本日の手続き</source>
        <translation>Today&apos;s procedures</translation>
    </message>
    <message>
        <source>番号が呼ばれたら、表示された窓口へお越しください。</source>
        <translation>When your number is called, please go to the counter shown.</translation>
    </message>
    <message>
        <source>{event}のときに必要な手続きです</source>
        <translation>Required for: {event}</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n} person(s)</translation>
    </message>
    <message>
        <source>{n}歳</source>
        <translation>{n} years old</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>住所が市内</source>
        <translation>Address in the city</translation>
    </message>
    <message>
        <source>18歳未満の子</source>
        <translation>Children under 18</translation>
    </message>
    <message>
        <source>亡くなった方の年齢</source>
        <translation>Age of the deceased</translation>
    </message>
    <message>
        <source>国民健康保険に加入する方</source>
        <translation>Persons joining the National Health Insurance</translation>
    </message>
    <message>
        <source>後期高齢者医療の対象の方（75歳以上など）</source>
        <translation>Persons in the Late-Stage Elderly Medical Care system (75 and over …)</translation>
    </message>
    <message>
        <source>あなたの健康保険</source>
        <translation>Your health insurance</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限</source>
        <translation>Expiry of the My Number Card</translation>
    </message>
    <message>
        <source>電子証明書の有効期限</source>
        <translation>Expiry of the e-certificates</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限（{date}）が過ぎています。新しいカードの申請（カードの更新）を、このあと窓口でご案内します。</source>
        <translation>Your My Number Card expired on {date}. At the counter we will help you apply for a new card (card renewal).</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限は{date}です。新しいカードの申請（カードの更新）が、いまからできます。</source>
        <translation>Your My Number Card expires on {date}. You can apply for a new card (card renewal) now.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。電子証明書の更新を、このあと窓口でご案内します。</source>
        <translation>The e-certificates on your My Number Card expired on {date}. At the counter we will help you renew them.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限は{date}です。期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。電子証明書の更新が、いまからできます。</source>
        <translation>The e-certificates on your My Number Card expire on {date}. After that, certificates at convenience stores and the card as health insurance card no longer work. You can renew them now.</translation>
    </message>
    <message>
        <source>期限が切れています</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>3か月以内に切れます</source>
        <translation>expires within 3 months</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>入力欄</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>（選択中）</source>
        <translation> (selected)</translation>
    </message>
    <message>
        <source>濁点</source>
        <translation>Voiced mark (dakuten)</translation>
    </message>
    <message>
        <source>半濁点</source>
        <translation>Semi-voiced mark (handakuten)</translation>
    </message>
    <message>
        <source>小さい文字</source>
        <translation>Small kana</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Space</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>暗証番号が違います</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>カードが外されました。もう一度カードを置いてください</source>
        <translation>The card was removed. Please place it on the reader again</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。職員を呼んでください</source>
        <translation>The card could not be read. Please call a staff member</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です</source>
        <translation>The PIN is 4 digits</translation>
    </message>
    <message>
        <source>必須です。入力してください</source>
        <translation>Required. Please enter it</translation>
    </message>
    <message>
        <source>全角カタカナで入力してください</source>
        <translation>Please use katakana</translation>
    </message>
    <message>
        <source>日付が正しくありません（例: 2026-11-23）</source>
        <translation>Not a valid date (e.g. 2026-11-23)</translation>
    </message>
    <message>
        <source>0以上の整数で入力してください</source>
        <translation>Please enter a whole number, 0 or more</translation>
    </message>
    <message>
        <source>一つ以上選んでください</source>
        <translation>Please choose at least one</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 190-0012）</source>
        <translation>A postal code is 7 digits (e.g. 190-0012)</translation>
    </message>
    <message>
        <source>電話番号が正しくありません（例: 090-1234-5678）</source>
        <translation>Not a valid phone number (e.g. 090-1234-5678)</translation>
    </message>
    <message>
        <source>200文字以内で入力してください</source>
        <translation>At most 200 characters, please</translation>
    </message>
    <message>
        <source>今日より後の日付は入力できません</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <source>このカードでは暗証番号を使えません</source>
        <translation>The PIN cannot be used with this card</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。職員を呼びました。そのままお待ちください</source>
        <translation>The forms could not be printed. A staff member has been called. Please wait here</translation>
    </message>
    <message>
        <source>カードに書かれていることが違います。もう一度確かめてください</source>
        <translation>That does not match what is printed on the card. Please check again</translation>
    </message>
    <message>
        <source>生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します</source>
        <translation>Please check the birth date. Choose the era, then type year, month and day, two digits each</translation>
    </message>
    <message>
        <source>有効期限の年を確かめてください（西暦4けた）</source>
        <translation>Please check the expiry year (4 digits, Western calendar)</translation>
    </message>
    <message>
        <source>セキュリティコードは数字4けたです</source>
        <translation>The security code is 4 digits</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Please place your My Number Card on the card reader</translation>
    </message>
    <message>
        <source>カードは手続きが終わるまで置いたままにしてください</source>
        <translation>Please leave the card on the reader until you have finished</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください</source>
        <translation>Reading your card. Please do not move it</translation>
    </message>
    <message>
        <source>暗証番号の残り回数: {n}回</source>
        <translation>PIN tries left: {n}</translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされます。わからないときは職員を呼んでください</source>
        <translation>One more wrong try will lock the PIN. If you are not sure, please call a staff member</translation>
    </message>
    <message>
        <source>この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください</source>
        <translation>This procedure needs your My Number. Please enter the 4-digit PIN again</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>The PIN is locked</translation>
    </message>
    <message>
        <source>市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。本人確認書類をお持ちください。職員がご案内します。</source>
        <translation>Please have the PIN reset at the My Number Card counter on the 1st floor of City Hall. Bring an identity document. A staff member will guide you.</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力がロックされています</source>
        <translation>Entering what is printed on the card is locked</translation>
    </message>
    <message>
        <source>間違いが続いたため、この方法では読み取れなくなりました。市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。本人確認書類をお持ちください。</source>
        <translation>After repeated mistakes the card can no longer be read this way. At the My Number Card counter on the 1st floor of City Hall, a staff member checks your identity and unlocks it. Please bring an identity document.</translation>
    </message>
    <message>
        <source>このカードには暗証番号がありません（顔認証マイナンバーカード）。</source>
        <translation>This card has no PIN (a face-authentication My Number Card).</translation>
    </message>
    <message>
        <source>最初に戻る</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>カードの内容を確認してください</source>
        <translation>Please check the data from your card</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>はい、正しいです</source>
        <translation>Yes, this is correct</translation>
    </message>
    <message>
        <source>違います（職員を呼ぶ）</source>
        <translation>No, it is wrong (call staff)</translation>
    </message>
    <message>
        <source>ご用件を選んでください</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>ひとつ前に戻る</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>あてはまるものを すべて選んでください</source>
        <translation>Choose all that apply</translation>
    </message>
    <message>
        <source>元</source>
        <translation>1</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>昨日</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{d}/{m}/{y}</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>ご家族の情報は、窓口で職員がお伺いします</source>
        <translation>A staff member will ask about your family at the counter</translation>
    </message>
    <message>
        <source>申請書の内容</source>
        <translation>Contents of the forms</translation>
    </message>
    <message>
        <source>申請書の内容を確認してください（書くところはありません）</source>
        <translation>Please check the forms (you do not need to write anything)</translation>
    </message>
    <message>
        <source>印刷する</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>（〓は印字できない文字です。職員が確認します）</source>
        <translation>(〓 marks a character that cannot be printed; staff will check it)</translation>
    </message>
    <message>
        <source>印刷中</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>印刷しています。しばらくお待ちください</source>
        <translation>Printing. Please wait a moment</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。この番号でお呼びします</source>
        <translation>The numbered ticket could not be printed. We will call you by this number</translation>
    </message>
    <message>
        <source>印刷しました。受付番号の札をお取りください</source>
        <translation>Printed. Please take your numbered ticket</translation>
    </message>
    <message>
        <source>番号が呼ばれたら窓口へお越しください。署名と確認をいたします。</source>
        <translation>When your number is called, please come to the counter to check and sign.</translation>
    </message>
    <message>
        <source>終わる</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>印刷できませんでした</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>職員が向かっています。そのままお待ちください</source>
        <translation>A staff member is on the way. Please wait here</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>Returning to the start in {n} seconds if there is no input</translation>
    </message>
    <message>
        <source>暗証番号がわからない方</source>
        <translation>I don&apos;t know my PIN</translation>
    </message>
    <message>
        <source>マイナンバーカードの暗証番号（数字4けた）</source>
        <translation>My Number Card PIN (4 digits)</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力も、間違いが続いたため使えなくなりました。</source>
        <translation>Entering what is printed on the card is also blocked after repeated mistakes.</translation>
    </message>
    <message>
        <source>① 生年月日</source>
        <translation>① Date of birth</translation>
    </message>
    <message>
        <source>住所の下に「昭和55年 2月17日生」のように書かれています。元号を選び、年・月・日を2けたずつ入力してください（例: 550217）</source>
        <translation>It is printed under the address, like 「昭和55年 2月17日生」. Choose the era, then type year, month and day, two digits each (e.g. 550217)</translation>
    </message>
    <message>
        <source>② カードの有効期限の年</source>
        <translation>② The card&apos;s expiry year</translation>
    </message>
    <message>
        <source>「2035年 2月17日まで有効」のように書かれています。その年を西暦4けたで入力してください</source>
        <translation>It is printed like 「2035年 2月17日まで有効」. Type that year, 4 digits</translation>
    </message>
    <message>
        <source>③ セキュリティコード</source>
        <translation>③ Security code</translation>
    </message>
    <message>
        <source>顔写真の下に書かれている数字4けたを入力してください</source>
        <translation>Type the 4 digits printed under the photo</translation>
    </message>
    <message>
        <source>令和</source>
        <translation>令和
Reiwa</translation>
    </message>
    <message>
        <source>平成</source>
        <translation>平成
Heisei</translation>
    </message>
    <message>
        <source>昭和</source>
        <translation>昭和
Shōwa</translation>
    </message>
    <message>
        <source>大正</source>
        <translation>大正
Taishō</translation>
    </message>
    <message>
        <source>カードの絵</source>
        <translation>Picture of the card</translation>
    </message>
    <message>
        <source>残り回数: {n}回</source>
        <translation>Tries left: {n}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
    <message>
        <source>職員ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>ログイン</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>窓口システム ログイン</source>
        <translation>Counter system login</translation>
    </message>
    <message>
        <source>職員IDまたはパスワードが違います</source>
        <translation>Wrong staff ID or password</translation>
    </message>
    <message>
        <source>待っている番号</source>
        <translation>Waiting numbers</translation>
    </message>
    <message>
        <source>対応中の番号</source>
        <translation>Number being served</translation>
    </message>
    <message>
        <source>転送先</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <source>順番待ち</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>次の番号を呼ぶ (F2)</source>
        <translation>Call next (F2)</translation>
    </message>
    <message>
        <source>再呼出 (F3)</source>
        <translation>Recall (F3)</translation>
    </message>
    <message>
        <source>転送 (F4)</source>
        <translation>Transfer (F4)</translation>
    </message>
    <message>
        <source>不在 (F6)</source>
        <translation>No-show (F6)</translation>
    </message>
    <message>
        <source>窓口で受付票を発行 (F7)</source>
        <translation>Issue a ticket at the counter (F7)</translation>
    </message>
    <message>
        <source>対応中</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>呼び出し中…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <source>対応中の番号はありません</source>
        <translation>No number being served</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>個人番号も読む（必要な手続きのみ）</source>
        <translation>Also read the My Number (only for procedures that need it)</translation>
    </message>
    <message>
        <source>ライフイベント</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>案内票の言語</source>
        <translation>Language of the guide sheet</translation>
    </message>
    <message>
        <source>状態</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>必要な手続き</source>
        <translation>Procedures needed</translation>
    </message>
    <message>
        <source>プレビュー</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>本人情報（カードまたは手入力）</source>
        <translation>Resident (card or typed in)</translation>
    </message>
    <message>
        <source>カード読取 (F5)</source>
        <translation>Read card (F5)</translation>
    </message>
    <message>
        <source>事前申請コードを読む (F10)</source>
        <translation>Read a pre-application code (F10)</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>カードを読み取っています…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>事前申請コード</source>
        <translation>Pre-application code</translation>
    </message>
    <message>
        <source>事前申請コードを読んでいます…</source>
        <translation>Reading the pre-application code…</translation>
    </message>
    <message>
        <source>本人情報が正しくありません</source>
        <translation>Invalid resident data</translation>
    </message>
    <message>
        <source>手続きを判定しました: {n}件</source>
        <translation>Procedures decided: {n}</translation>
    </message>
    <message>
        <source>印刷しています…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>送信待ちに登録しました</source>
        <translation>Queued for sending</translation>
    </message>
    <message>
        <source>カードを読み取りました（真正性: {v}）</source>
        <translation>Card read (integrity: {v})</translation>
    </message>
    <message>
        <source>この窓口にないライフイベントです</source>
        <translation>This life event is not handled here</translation>
    </message>
    <message>
        <source>事前申請の回答を読み込みました。確認してください</source>
        <translation>Pre-application answers loaded; please check them</translation>
    </message>
    <message>
        <source>次の回答は読み込みませんでした / not loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>プレビューのページ</source>
        <translation>Preview page</translation>
    </message>
    <message>
        <source>書かないワンストップ窓口 — 職員</source>
        <translation>No-writing one-stop counter — staff</translation>
    </message>
    <message>
        <source>職員画面</source>
        <translation>Staff screen</translation>
    </message>
    <message>
        <source>ログイン中の職員</source>
        <translation>Logged-in staff member</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>納付書</source>
        <translation>Payment slips</translation>
    </message>
    <message>
        <source>リモート窓口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理者</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>職員</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>処理件数・処理時間・待ち時間</source>
        <translation>Cases, handling time, waiting time</translation>
    </message>
    <message>
        <source>処理件数のグラフ</source>
        <translation>Chart of cases handled</translation>
    </message>
    <message>
        <source>まだ記録がありません</source>
        <translation>No records yet</translation>
    </message>
    <message>
        <source>時間ごと</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>日ごと</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>集計の単位</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>処理件数・処理時間・待ち時間の表</source>
        <translation>Table of cases, handling and waiting times</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>CSVに書き出す</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>通知書番号</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <source>納付書の候補</source>
        <translation>Matching payables</translation>
    </message>
    <message>
        <source>納付書の状態</source>
        <translation>Slip status</translation>
    </message>
    <message>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>納付書を発行 (Ctrl+L)</source>
        <translation>Issue slip (Ctrl+L)</translation>
    </message>
    <message>
        <source>通知書番号を入力してください</source>
        <translation>Enter the notice number</translation>
    </message>
    <message>
        <source>検索しています…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>（見本）</source>
        <translation>(sample)</translation>
    </message>
    <message>
        <source>{n}件見つかりました</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>発行する納付書を選んでください</source>
        <translation>Choose the slip to issue</translation>
    </message>
    <message>
        <source>納付書を作成し、コードを確認しています…</source>
        <translation>Rendering the slip and checking its codes…</translation>
    </message>
    <message>
        <source>納付書を印刷しました（コード確認済み）</source>
        <translation>Slip printed (codes verified)</translation>
    </message>
    <message>
        <source>納付書を検索できませんでした</source>
        <translation>The payables could not be looked up</translation>
    </message>
    <message>
        <source>納付書を発行できませんでした</source>
        <translation>The slip could not be issued</translation>
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
        <translation>Nationality or region</translation>
    </message>
    <message>
        <source>在留資格</source>
        <translation>Status of residence</translation>
    </message>
    <message>
        <source>在留期間</source>
        <translation>Period of stay</translation>
    </message>
    <message>
        <source>在留期間の満了日（YYYY-MM-DD）</source>
        <translation>Period of stay ends (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>在留カード等の番号</source>
        <translation>Residence card number</translation>
    </message>
    <message>
        <source>通称（ある方のみ）</source>
        <translation>Registered alias (if any)</translation>
    </message>
    <message>
        <source>在留カードで受付（マイナンバーカードなし）</source>
        <translation>Start with a residence card (no My Number Card)</translation>
    </message>
    <message>
        <source>在留カードで受付</source>
        <translation>Start with a residence card</translation>
    </message>
    <message>
        <source>住基法30条の45区分</source>
        <translation>Category (Basic Resident Registration Act art. 30-45)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>音声案内: オン</source>
        <translation>Spoken guidance: on</translation>
    </message>
    <message>
        <source>音声案内: 使えません（音声エンジンがありません）</source>
        <translation>Spoken guidance: unavailable (no speech engine)</translation>
    </message>
    <message>
        <source>音声案内: この言語の音声がありません</source>
        <translation>Spoken guidance: no voice for this language</translation>
    </message>
    <message>
        <source>順番待ちの状態</source>
        <translation>Queue status</translation>
    </message>
    <message>
        <source>送信できない記録</source>
        <translation>Records that cannot be sent</translation>
    </message>
    <message>
        <source>順番待ち: 共有</source>
        <translation>Queue: shared</translation>
    </message>
    <message>
        <source>順番待ち: オフライン（この端末の番号で発行）</source>
        <translation>Queue: offline (numbers from this terminal)</translation>
    </message>
    <message>
        <source>送信できない記録: {n}件（職員が確認します）</source>
        <translation>Records that cannot be sent: {n} (staff will check)</translation>
    </message>
    <message>
        <source>カードリーダー: 接続</source>
        <translation>Card reader: connected</translation>
    </message>
    <message>
        <source>カードリーダー: 見つかりません</source>
        <translation>Card reader: not found</translation>
    </message>
    <message>
        <source>プリンター: 正常</source>
        <translation>Printer: ready</translation>
    </message>
    <message>
        <source>プリンター: エラー（職員が確認します）</source>
        <translation>Printer: error (staff will check)</translation>
    </message>
    <message>
        <source>事務所: 未設定（この端末に保存）</source>
        <translation>Office: not configured (kept on this terminal)</translation>
    </message>
    <message>
        <source>事務所: オンライン</source>
        <translation>Office: online</translation>
    </message>
    <message>
        <source>事務所: オフライン（未送信 {n}件は保存済み）</source>
        <translation>Office: offline ({n} records kept until they can be sent)</translation>
    </message>
</context>
</TS>
