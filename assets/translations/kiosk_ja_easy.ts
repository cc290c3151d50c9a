<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_easy">
<context>
    <name>CallDisplay</name>
    <message>
        <source>呼出表示</source>
        <translation>よびだし</translation>
    </message>
    <message>
        <source>お呼び出し中の番号</source>
        <translation>よんでいる ばんごう</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>ばんごう</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>まどぐち</translation>
    </message>
    <message>
        <source>呼出</source>
        <translation>よびだし</translation>
    </message>
    <message>
        <source>お待ちの方: {n}人</source>
        <translation>まっている ひと: {n}にん</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>転居（市内で引っ越した）</source>
        <translation>おなじ しの なかで ひっこした（てんきょ）</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>なまえの よみかたを カタカナで いれて ください（みょうじと なまえの あいだは くうはく）</translation>
    </message>
    <message>
        <source>みらい市</source>
        <translation>みらいし</translation>
    </message>
    <message>
        <source>転入（市外から引っ越してきた）</source>
        <translation>ほかの まちから ひっこして きた（てんにゅう）</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>ひるま つながる でんわばんごう</translation>
    </message>
    <message>
        <source>国外から引っ越してきましたか（国外からの転入）</source>
        <translation>外国（がいこく）から 引っ越して きましたか</translation>
    </message>
    <message>
        <source>新しい住所に住み始めた日</source>
        <translation>あたらしい じゅうしょに すみはじめた ひ</translation>
    </message>
    <message>
        <source>新しい住所（みらい市内）</source>
        <translation>あたらしい じゅうしょ（みらいしの なか）</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号</source>
        <translation>あたらしい じゅうしょの ゆうびんばんごう</translation>
    </message>
    <message>
        <source>届け出る方（あなた）の立場</source>
        <translation>とどけでる ひと（あなた）は だれですか</translation>
    </message>
    <message>
        <source>本人（引っ越す方）</source>
        <translation>ほんにん（ひっこす ひと）</translation>
    </message>
    <message>
        <source>世帯主（家族の分を届け出る）</source>
        <translation>せたいぬし（かぞくの ぶんを とどけでる）</translation>
    </message>
    <message>
        <source>代理人（委任状が必要）</source>
        <translation>だいりにん（いにんじょうが ひつようです）</translation>
    </message>
    <message>
        <source>世帯について</source>
        <translation>せたいに ついて</translation>
    </message>
    <message>
        <source>新しい世帯をつくる（全部転入）</source>
        <translation>あたらしい せたいを つくる</translation>
    </message>
    <message>
        <source>市内にある世帯に入る（一部転入）</source>
        <translation>しないに ある せたいに はいる</translation>
    </message>
    <message>
        <source>世帯主はあなたですか</source>
        <translation>せたいぬし（かぞくの だいひょう）は あなたですか</translation>
    </message>
    <message>
        <source>世帯主の氏名</source>
        <translation>せたいぬしの なまえ</translation>
    </message>
    <message>
        <source>世帯主から見たあなたの続柄（妻、子、父、同居人など）</source>
        <translation>せたいぬしから みた あなたの つづきがら（つま、こ、ちち、どうきょにん など）</translation>
    </message>
    <message>
        <source>世帯主の国籍</source>
        <translation>世帯主（せたいぬし）の 国籍（こくせき）</translation>
    </message>
    <message>
        <source>日本</source>
        <translation>日本（にほん）</translation>
    </message>
    <message>
        <source>日本以外</source>
        <translation>日本（にほん）では ない</translation>
    </message>
    <message>
        <source>一緒に手続きするご家族（あなた以外）</source>
        <translation>いっしょに てつづきする かぞく（あなた いがい）</translation>
    </message>
    <message>
        <source>加入している健康保険</source>
        <translation>はいって いる けんこうほけん</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>こくみん けんこう ほけん</translation>
    </message>
    <message>
        <source>勤務先の健康保険（社会保険）</source>
        <translation>かいしゃの けんこうほけん</translation>
    </message>
    <message>
        <source>後期高齢者医療制度</source>
        <translation>75さい いじょうの ひとの いりょう せいど</translation>
    </message>
    <message>
        <source>その他・わからない</source>
        <translation>ほか・わからない</translation>
    </message>
    <message>
        <source>前の市区町村で要介護・要支援の認定を受けていましたか</source>
        <translation>まえの まちで かいごの にんてい（ようかいご・ようしえん）を うけて いましたか</translation>
    </message>
    <message>
        <source>印鑑登録をしますか</source>
        <translation>はんこを とうろく しますか（いんかん とうろく）</translation>
    </message>
    <message>
        <source>登録する印鑑の氏名の表記</source>
        <translation>はんこに 書く 名前の 書き方</translation>
    </message>
    <message>
        <source>氏名（在留カードの表記）</source>
        <translation>在留（ざいりゅう）カードに ある 名前</translation>
    </message>
    <message>
        <source>通称</source>
        <translation>通称（つうしょう）</translation>
    </message>
    <message>
        <source>氏名のカタカナ表記</source>
        <translation>名前を カタカナで 書いたもの</translation>
    </message>
    <message>
        <source>印鑑に使う氏名のカタカナ表記</source>
        <translation>はんこに 書く 名前（カタカナ）</translation>
    </message>
    <message>
        <source>転出（市外へ引っ越す）</source>
        <translation>ほかの まちへ ひっこす（てんしゅつ）</translation>
    </message>
    <message>
        <source>引っ越す日（予定日）</source>
        <translation>ひっこす ひ（よてい）</translation>
    </message>
    <message>
        <source>引っ越し先の住所</source>
        <translation>ひっこす さきの じゅうしょ</translation>
    </message>
    <message>
        <source>みらい市で印鑑登録をしていますか</source>
        <translation>みらいしで いんかん とうろくを して いますか</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>みらいしから こどもの おかね（じどうてあて）を もらって いますか</translation>
    </message>
    <message>
        <source>出生（子どもが生まれた）</source>
        <translation>こどもが うまれた（しゅっせい）</translation>
    </message>
    <message>
        <source>お子さんの氏名（姓と名の間は全角空白）</source>
        <translation>こどもの なまえ（みょうじと なまえの あいだは くうはく）</translation>
    </message>
    <message>
        <source>お子さんの氏名のフリガナ（全角カタカナ）</source>
        <translation>こどもの なまえの よみかた（カタカナ）</translation>
    </message>
    <message>
        <source>生まれた日</source>
        <translation>うまれた ひ</translation>
    </message>
    <message>
        <source>お子さんの性別</source>
        <translation>こどもの せいべつ</translation>
    </message>
    <message>
        <source>男</source>
        <translation>おとこ</translation>
    </message>
    <message>
        <source>女</source>
        <translation>おんな</translation>
    </message>
    <message>
        <source>生まれたところ（病院名と所在地）</source>
        <translation>うまれた ところ（びょういんの なまえと じゅうしょ）</translation>
    </message>
    <message>
        <source>お子さんとのご関係（届出人）</source>
        <translation>こどもと あなたの かんけい（とどけを だす ひと）</translation>
    </message>
    <message>
        <source>父</source>
        <translation>ちち</translation>
    </message>
    <message>
        <source>母</source>
        <translation>はは</translation>
    </message>
    <message>
        <source>もう一人の親の氏名</source>
        <translation>もう ひとりの おやの なまえ</translation>
    </message>
    <message>
        <source>おくやみ（家族が亡くなった）</source>
        <translation>かぞくが なくなった（おくやみ）</translation>
    </message>
    <message>
        <source>亡くなった方の氏名</source>
        <translation>なくなった ひとの なまえ</translation>
    </message>
    <message>
        <source>亡くなった方の氏名のフリガナ</source>
        <translation>なくなった ひとの なまえの よみかた（カタカナ）</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日</source>
        <translation>なくなった ひとの うまれた ひ</translation>
    </message>
    <message>
        <source>亡くなった日</source>
        <translation>なくなった ひ</translation>
    </message>
    <message>
        <source>亡くなった方とのご関係</source>
        <translation>なくなった ひとと あなたの かんけい</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>おっと・つま（はいぐうしゃ）</translation>
    </message>
    <message>
        <source>子</source>
        <translation>こども</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>ちち・はは</translation>
    </message>
    <message>
        <source>兄弟姉妹</source>
        <translation>きょうだい</translation>
    </message>
    <message>
        <source>亡くなった方の健康保険</source>
        <translation>なくなった ひとの けんこうほけん</translation>
    </message>
    <message>
        <source>勤務先の健康保険</source>
        <translation>かいしゃの けんこうほけん</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか</source>
        <translation>なくなった ひとは せたいぬし（かぞくの だいひょう）でしたか</translation>
    </message>
    <message>
        <source>世帯に残る方の人数</source>
        <translation>せたいに のこる ひとの にんずう</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <translation>なくなった ひとは いんかん とうろくを して いましたか</translation>
    </message>
    <message>
        <source>あなたが葬儀を行いましたか（喪主）</source>
        <translation>あなたが おそうしきを しましたか（もしゅ）</translation>
    </message>
    <message>
        <source>葬儀の日</source>
        <translation>おそうしきの ひ</translation>
    </message>
    <message>
        <source>振込先口座（金融機関・支店・種別・口座番号）</source>
        <translation>おかねを うけとる こうざ（ぎんこう・してん・しゅるい・こうざばんごう）</translation>
    </message>
    <message>
        <source>証明書（住民票・印鑑証明・所得証明）</source>
        <translation>しょうめいしょ（じゅうみんひょう・いんかん・しょとく）</translation>
    </message>
    <message>
        <source>必要な証明書</source>
        <translation>ひつような しょうめいしょ</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>じゅうみんひょうの うつし</translation>
    </message>
    <message>
        <source>印鑑登録証明書</source>
        <translation>いんかん とうろく しょうめいしょ</translation>
    </message>
    <message>
        <source>所得・課税証明書</source>
        <translation>しょとく・かぜい しょうめいしょ</translation>
    </message>
    <message>
        <source>それぞれの通数</source>
        <translation>それぞれ なんまい</translation>
    </message>
    <message>
        <source>使いみち（提出先）</source>
        <translation>なにに つかうか（だす ところ）</translation>
    </message>
    <message>
        <source>勤務先へ提出</source>
        <translation>かいしゃに だす</translation>
    </message>
    <message>
        <source>学校へ提出</source>
        <translation>がっこうに だす</translation>
    </message>
    <message>
        <source>金融機関・ローン</source>
        <translation>ぎんこう・ローン</translation>
    </message>
    <message>
        <source>自動車登録</source>
        <translation>くるまの とうろく</translation>
    </message>
    <message>
        <source>妊娠しているのはどなたですか</source>
        <translation>にんしん しているのは だれですか</translation>
    </message>
    <message>
        <source>わたし（カードの本人）</source>
        <translation>わたし（カードの ほんにん）</translation>
    </message>
    <message>
        <source>一緒に手続きする家族</source>
        <translation>いっしょに てつづきする かぞく</translation>
    </message>
    <message>
        <source>妊娠している方の氏名（一緒に手続きする家族のうち）</source>
        <translation>にんしん している ひとの なまえ</translation>
    </message>
    <message>
        <source>介護を受ける方はどなたですか</source>
        <translation>かいごを うける ひとは だれですか</translation>
    </message>
    <message>
        <source>家族（親など）</source>
        <translation>かぞく（おや など）</translation>
    </message>
    <message>
        <source>介護を受ける方（氏名、フリガナ、生年月日、性別、あなたから見た続柄）</source>
        <translation>かいごを うける ひと（なまえ、ふりがな、うまれた ひ、せいべつ、あなたとの かんけい）</translation>
    </message>
    <message>
        <source>介護を受ける方の住所（あなたと同じなら空欄）</source>
        <translation>かいごを うける ひとの じゅうしょ（あなたと おなじなら かかない）</translation>
    </message>
    <message>
        <source>罹災証明書交付申請</source>
        <translation>りさい しょうめいしょ（ひがいの しょうめい）を もらう もうしこみ</translation>
    </message>
    <message>
        <source>防災危機管理課</source>
        <translation>ぼうさい ききかんりか</translation>
    </message>
    <message>
        <source>被災者支援窓口</source>
        <translation>さいがいに あった ひとの まどぐち</translation>
    </message>
    <message>
        <source>被害状況の写真（あれば）</source>
        <translation>ひがいの しゃしん（あれば）</translation>
    </message>
    <message>
        <source>被災者生活再建支援金の支給申請</source>
        <translation>せいかつを たてなおす ための おかね（しえんきん）の もうしこみ</translation>
    </message>
    <message>
        <source>福祉課</source>
        <translation>ふくしか</translation>
    </message>
    <message>
        <source>罹災証明書</source>
        <translation>りさい しょうめいしょ（ひがいの しょうめい）</translation>
    </message>
    <message>
        <source>振込先口座のわかるもの</source>
        <translation>おかねを うけとる こうざが わかる もの（つうちょう・キャッシュカード など）</translation>
    </message>
    <message>
        <source>応急修理の実施申請</source>
        <translation>こわれた いえを いそいで なおす（おうきゅう しゅうり）もうしこみ</translation>
    </message>
    <message>
        <source>建築課</source>
        <translation>けんちくか</translation>
    </message>
    <message>
        <source>修理見積書</source>
        <translation>しゅうりの みつもりしょ（いくら かかるか かいた かみ）</translation>
    </message>
    <message>
        <source>応急仮設住宅の入居申請</source>
        <translation>かせつ じゅうたく（さいがいの あと すむ いえ）に はいる もうしこみ</translation>
    </message>
    <message>
        <source>災害弔慰金の支給申請</source>
        <translation>さいがいで なくなった ひとの かぞくへの おかね（ちょういきん）の もうしこみ</translation>
    </message>
    <message>
        <source>死亡診断書の写し</source>
        <translation>しぼう しんだんしょの コピー</translation>
    </message>
    <message>
        <source>災害障害見舞金の支給申請</source>
        <translation>さいがいで おもい しょうがいが のこった ひとへの おかね（みまいきん）の もうしこみ</translation>
    </message>
    <message>
        <source>診断書</source>
        <translation>しんだんしょ（いしゃが かいた もの）</translation>
    </message>
    <message>
        <source>災害援護資金の貸付申請</source>
        <translation>せいかつを たてなおす おかねを かりる もうしこみ（さいがい えんご しきん）</translation>
    </message>
    <message>
        <source>世帯全員の所得証明書</source>
        <translation>せたい ぜんいんの しょとく しょうめいしょ</translation>
    </message>
    <message>
        <source>連帯保証人の書類（必要な場合）</source>
        <translation>れんたい ほしょうにんの しょるい（ひつような とき）</translation>
    </message>
    <message>
        <source>国民健康保険 資格取得届</source>
        <translation>こくみん けんこう ほけんに はいる とどけ</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <translation>ほけん ねんきんか</translation>
    </message>
    <message>
        <source>3番窓口</source>
        <translation>3ばん まどぐち</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード）</source>
        <translation>あなたを しょうめい する もの（マイナンバーカード）</translation>
    </message>
    <message>
        <source>前の健康保険の資格喪失証明書（社会保険をやめた方）</source>
        <translation>まえの けんこうほけんを やめた しょうめいしょ（かいしゃの けんこうほけんを やめた ひと）</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）</source>
        <translation>在留（ざいりゅう）カード（または 特別永住者証明書）</translation>
    </message>
    <message>
        <source>国民健康保険 資格喪失届</source>
        <translation>こくみん けんこう ほけんを やめる とどけ</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書（お持ちの方）</source>
        <translation>こくみん けんこう ほけんの しかく かくにんしょ（もって いる ひと）</translation>
    </message>
    <message>
        <source>国民年金 被保険者関係届（住所変更・資格取得）</source>
        <translation>こくみん ねんきんの とどけ（じゅうしょ へんこう・かにゅう）</translation>
    </message>
    <message>
        <source>4番窓口</source>
        <translation>4ばん まどぐち</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの（年金手帳・基礎年金番号通知書）</source>
        <translation>きそ ねんきん ばんごうが わかる もの（ねんきん てちょう・きそ ねんきん ばんごう つうちしょ）</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格取得（転入）届</source>
        <translation>75さい いじょうの ひとの いりょう せいどに はいる とどけ（てんにゅう）</translation>
    </message>
    <message>
        <source>5番窓口</source>
        <translation>5ばん まどぐち</translation>
    </message>
    <message>
        <source>前住所地の負担区分等証明書</source>
        <translation>まえの まちで もらった ふたん くぶん などの しょうめいしょ</translation>
    </message>
    <message>
        <source>葬祭費支給申請</source>
        <translation>おそうしきの おかね（そうさいひ）の もうしこみ</translation>
    </message>
    <message>
        <source>葬儀の領収書または会葬礼状（喪主の確認できるもの）</source>
        <translation>おそうしきの りょうしゅうしょ または かいそう れいじょう（もしゅの なまえが わかる もの）</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格喪失届</source>
        <translation>75さい いじょうの ひとの いりょう せいどを やめる とどけ</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格確認書</source>
        <translation>75さい いじょうの ひとの いりょう せいどの しかく かくにんしょ</translation>
    </message>
    <message>
        <source>要介護・要支援認定申請</source>
        <translation>かいごの にんてい（ようかいご・ようしえん）の もうしこみ</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <translation>かいご ほけんか</translation>
    </message>
    <message>
        <source>9番窓口</source>
        <translation>9ばん まどぐち</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <translation>かいご ほけんの ほけんしょう</translation>
    </message>
    <message>
        <source>主治医の氏名・医療機関がわかるもの</source>
        <translation>いつも みて もらう いしゃの なまえと びょういんが わかる もの</translation>
    </message>
    <message>
        <source>要介護・要支援更新認定申請</source>
        <translation>かいごの にんていを こうしん する（つづける）もうしこみ</translation>
    </message>
    <message>
        <source>要介護・要支援状態区分変更認定申請</source>
        <translation>かいごの にんていの くぶんを かえる もうしこみ</translation>
    </message>
    <message>
        <source>住所移転後の要介護・要支援認定申請</source>
        <translation>ひっこして きた ひとの かいごの にんていの もうしこみ</translation>
    </message>
    <message>
        <source>前住所地で交付された受給資格証明書</source>
        <translation>まえの まちで もらった じゅきゅう しかく しょうめいしょ</translation>
    </message>
    <message>
        <source>居宅（介護予防）サービス計画作成依頼届出</source>
        <translation>ケアプランを つくって もらう ことの とどけ</translation>
    </message>
    <message>
        <source>介護保険負担限度額認定申請</source>
        <translation>しせつの しょくひ・へやだいを やすく する もうしこみ（ふたん げんどがく にんてい）</translation>
    </message>
    <message>
        <source>預貯金の通帳の写し</source>
        <translation>ちょきんの つうちょうの コピー</translation>
    </message>
    <message>
        <source>介護保険被保険者証の再交付申請</source>
        <translation>かいご ほけんの ほけんしょうを もう いちど もらう もうしこみ</translation>
    </message>
    <message>
        <source>介護保険 資格喪失届</source>
        <translation>かいご ほけんを やめる とどけ</translation>
    </message>
    <message>
        <source>児童手当 認定請求</source>
        <translation>こどもの おかね（じどうてあて）の もうしこみ</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <translation>こそだて しえんか</translation>
    </message>
    <message>
        <source>6番窓口</source>
        <translation>6ばん まどぐち</translation>
    </message>
    <message>
        <source>請求者名義の振込先口座のわかるもの</source>
        <translation>もうしこむ ひとの なまえの こうざが わかる もの（つうちょう・キャッシュカード など）</translation>
    </message>
    <message>
        <source>請求者の健康保険の資格情報</source>
        <translation>もうしこむ ひとの けんこうほけんが わかる もの（しかく かくにんしょ など）</translation>
    </message>
    <message>
        <source>児童手当 額改定請求</source>
        <translation>こどもの おかね（じどうてあて）の きんがくを かえる もうしこみ</translation>
    </message>
    <message>
        <source>児童手当 住所変更等の届出</source>
        <translation>こどもの おかね（じどうてあて）の じゅうしょ へんこう などの とどけ</translation>
    </message>
    <message>
        <source>児童手当 受給事由消滅届</source>
        <translation>こどもの おかね（じどうてあて）を もらわなく なる とどけ</translation>
    </message>
    <message>
        <source>子ども医療費 受給資格登録申請</source>
        <translation>こどもの びょういんの おかねの たすけ（こども いりょうひ）の とうろく</translation>
    </message>
    <message>
        <source>子の健康保険の資格情報</source>
        <translation>こどもの けんこうほけんが わかる もの（しかく かくにんしょ など）</translation>
    </message>
    <message>
        <source>妊娠の届出</source>
        <translation>にんしんの とどけ</translation>
    </message>
    <message>
        <source>子育て支援課（保健センター）</source>
        <translation>こそだて しえんか（ほけん センター）</translation>
    </message>
    <message>
        <source>7番窓口</source>
        <translation>7ばん まどぐち</translation>
    </message>
    <message>
        <source>妊娠の診断を受けた医療機関名がわかるもの</source>
        <translation>にんしんを みて もらった びょういんの なまえが わかる もの</translation>
    </message>
    <message>
        <source>委任状（妊娠している方以外が届け出る場合）</source>
        <translation>いにんじょう（にんしん している ひと いがいが とどけでる とき）</translation>
    </message>
    <message>
        <source>保育施設等の利用申込（支給認定申請）</source>
        <translation>ほいくえんなどの もうしこみ（しきゅう にんてい）</translation>
    </message>
    <message>
        <source>保育課</source>
        <translation>ほいくか</translation>
    </message>
    <message>
        <source>8番窓口</source>
        <translation>8ばん まどぐち</translation>
    </message>
    <message>
        <source>保護者の就労証明書</source>
        <translation>おやが はたらいて いる しょうめいしょ（しゅうろう しょうめいしょ）</translation>
    </message>
    <message>
        <source>転入届</source>
        <translation>てんにゅう とどけ（ひっこして きた とどけ）</translation>
    </message>
    <message>
        <source>市民課</source>
        <translation>しみんか</translation>
    </message>
    <message>
        <source>1番窓口</source>
        <translation>1ばん まどぐち</translation>
    </message>
    <message>
        <source>前住所地の転出証明書（マイナンバーカードによる転出の場合は不要）</source>
        <translation>まえの まちの てんしゅつ しょうめいしょ（マイナンバーカードで てんしゅつ した ひとは いりません）</translation>
    </message>
    <message>
        <source>委任状（代理人が届け出る場合）</source>
        <translation>いにんじょう（だいりにんが とどけでる とき）</translation>
    </message>
    <message>
        <source>転出届</source>
        <translation>てんしゅつ とどけ（ほかの まちへ ひっこす とどけ）</translation>
    </message>
    <message>
        <source>転居届</source>
        <translation>てんきょ とどけ（おなじ しの なかで ひっこした とどけ）</translation>
    </message>
    <message>
        <source>マイナンバーカード 継続利用・券面記載事項変更届</source>
        <translation>マイナンバーカードの じゅうしょを かきかえる とどけ</translation>
    </message>
    <message>
        <source>2番窓口</source>
        <translation>2ばん まどぐち</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）: 転入する方全員の分</source>
        <translation>在留（ざいりゅう）カード（または 特別永住者証明書）: 引っ越して くる 人 全員の 分</translation>
    </message>
    <message>
        <source>パスポート（転入する方全員の分）</source>
        <translation>パスポート（引っ越して くる 人 全員の 分）</translation>
    </message>
    <message>
        <source>戸籍謄本と戸籍の附票（本籍地が市外の方）</source>
        <translation>戸籍謄本（こせきとうほん）と 戸籍の附票（ふひょう）（本籍が ほかの 市の 人）</translation>
    </message>
    <message>
        <source>続柄を証する文書（婚姻証明書・出生証明書など）と日本語の訳文（訳者の氏名と訳した日の入ったもの）</source>
        <translation>家族の 関係が わかる 書類（結婚証明書・出生証明書など）と 日本語の 訳（訳した 人の 名前と 日付が あるもの）</translation>
    </message>
    <message>
        <source>対象者全員のマイナンバーカード</source>
        <translation>てつづき する ひと ぜんいんの マイナンバーカード</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <translation>カードの あんしょう ばんごう</translation>
    </message>
    <message>
        <source>印鑑登録申請</source>
        <translation>はんこを とうろく する もうしこみ（いんかん とうろく）</translation>
    </message>
    <message>
        <source>登録する印鑑</source>
        <translation>とうろく する はんこ</translation>
    </message>
    <message>
        <source>印鑑登録廃止申請</source>
        <translation>いんかん とうろくを やめる もうしこみ</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>いんかん とうろくしょう（カード）</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求</source>
        <translation>じゅうみんひょうの うつし などを もらう もうしこみ</translation>
    </message>
    <message>
        <source>証明書窓口</source>
        <translation>しょうめいしょの まどぐち</translation>
    </message>
    <message>
        <source>印鑑登録証明書交付申請</source>
        <translation>いんかん とうろく しょうめいしょを もらう もうしこみ</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）またはマイナンバーカード</source>
        <translation>いんかん とうろくしょう（カード） または マイナンバーカード</translation>
    </message>
    <message>
        <source>出生届</source>
        <translation>しゅっせい とどけ（こどもが うまれた とどけ）</translation>
    </message>
    <message>
        <source>市民課（戸籍係）</source>
        <translation>しみんか（こせき がかり）</translation>
    </message>
    <message>
        <source>戸籍窓口</source>
        <translation>こせきの まどぐち</translation>
    </message>
    <message>
        <source>出生証明書（医師・助産師の記入済み）</source>
        <translation>しゅっせい しょうめいしょ（いしゃ・じょさんしが かいた もの）</translation>
    </message>
    <message>
        <source>母子健康手帳</source>
        <translation>ぼし けんこう てちょう</translation>
    </message>
    <message>
        <source>届出人の本人確認書類</source>
        <translation>とどけを だす ひとを しょうめい する もの（マイナンバーカード・ざいりゅうカード など）</translation>
    </message>
    <message>
        <source>世帯主変更届</source>
        <translation>せたいぬし（かぞくの だいひょう）を かえる とどけ</translation>
    </message>
    <message>
        <source>所得・課税証明書交付申請</source>
        <translation>しょとく・かぜい しょうめいしょを もらう もうしこみ</translation>
    </message>
    <message>
        <source>税務課</source>
        <translation>ぜいむか</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>ほか</translation>
    </message>
    <message>
        <source>所得・課税証明書の年度</source>
        <translation>しょとく・かぜい しょうめいしょの ねんど</translation>
    </message>
    <message>
        <source>子育て（妊娠・保育・手当）</source>
        <translation>こそだて（にんしん・ほいくえん・おかね）</translation>
    </message>
    <message>
        <source>妊娠の届出をしますか</source>
        <translation>にんしんした ことを とどけますか</translation>
    </message>
    <message>
        <source>出産予定日</source>
        <translation>あかちゃんが うまれる よていの ひ</translation>
    </message>
    <message>
        <source>保育園などの利用を申し込みますか</source>
        <translation>ほいくえんなどに もうしこみますか</translation>
    </message>
    <message>
        <source>希望する保育施設（第1希望）</source>
        <translation>いきたい ほいくえん（いちばん）</translation>
    </message>
    <message>
        <source>介護（要介護認定など）</source>
        <translation>かいご（かいごの にんてい など）</translation>
    </message>
    <message>
        <source>介護の認定について、どの申請ですか</source>
        <translation>かいごの にんていは、どの もうしこみですか</translation>
    </message>
    <message>
        <source>はじめての申請</source>
        <translation>はじめての もうしこみ</translation>
    </message>
    <message>
        <source>更新の申請</source>
        <translation>こうしん（つづける）の もうしこみ</translation>
    </message>
    <message>
        <source>状態が変わった（区分変更）</source>
        <translation>からだの ようすが かわった（くぶん へんこう）</translation>
    </message>
    <message>
        <source>認定の申請はしない</source>
        <translation>にんていの もうしこみは しない</translation>
    </message>
    <message>
        <source>いま困っていること・体の状態</source>
        <translation>いま こまって いる こと・からだの ようす</translation>
    </message>
    <message>
        <source>主治医（医療機関名・医師名）</source>
        <translation>いつも みて もらう いしゃ（びょういんの なまえ・いしゃの なまえ）</translation>
    </message>
    <message>
        <source>ケアプランの作成をケアマネジャーに依頼しますか</source>
        <translation>ケアマネジャーに ケアプランを つくって もらいますか</translation>
    </message>
    <message>
        <source>依頼する居宅介護支援事業所</source>
        <translation>たのむ ケアマネジャーの じむしょ（きょたく かいご しえん じぎょうしょ）</translation>
    </message>
    <message>
        <source>施設の食費・居住費の軽減（負担限度額認定）を申請しますか</source>
        <translation>しせつの しょくひ・へやだいを やすく する もうしこみを しますか（ふたん げんどがく にんてい）</translation>
    </message>
    <message>
        <source>介護保険証をなくしたり、汚したりしましたか（再交付）</source>
        <translation>かいご ほけんの ほけんしょうを なくしたり、よごしたり しましたか（もう いちど もらう）</translation>
    </message>
    <message>
        <source>被災（災害にあった）</source>
        <translation>さいがいに あった</translation>
    </message>
    <message>
        <source>災害の名前</source>
        <translation>さいがいの なまえ</translation>
    </message>
    <message>
        <source>被害を受けた日</source>
        <translation>ひがいに あった ひ</translation>
    </message>
    <message>
        <source>被害を受けた住家の所在地</source>
        <translation>ひがいに あった いえの じゅうしょ</translation>
    </message>
    <message>
        <source>住家の被害の程度（わかる範囲で）</source>
        <translation>いえの ひがいの おおきさ（わかる ところまで）</translation>
    </message>
    <message>
        <source>全壊</source>
        <translation>ぜんぶ こわれた（ぜんかい）</translation>
    </message>
    <message>
        <source>大規模半壊</source>
        <translation>おおきく こわれた（だいきぼ はんかい）</translation>
    </message>
    <message>
        <source>中規模半壊</source>
        <translation>かなり こわれた（ちゅうきぼ はんかい）</translation>
    </message>
    <message>
        <source>半壊</source>
        <translation>はんぶん こわれた（はんかい）</translation>
    </message>
    <message>
        <source>準半壊</source>
        <translation>すこし おおきく こわれた（じゅん はんかい）</translation>
    </message>
    <message>
        <source>一部損壊</source>
        <translation>すこし こわれた（いちぶ そんかい）</translation>
    </message>
    <message>
        <source>いまの住まいに住み続けられますか</source>
        <translation>いまの いえに すみつづけ られますか</translation>
    </message>
    <message>
        <source>災害でご家族が亡くなりましたか</source>
        <translation>さいがいで かぞくが なくなりましたか</translation>
    </message>
    <message>
        <source>災害でご家族が重いけが・障害を負いましたか</source>
        <translation>さいがいで かぞくが おおきな けがを しましたか</translation>
    </message>
    <message>
        <source>生活再建のための資金の貸付を希望しますか</source>
        <translation>せいかつを たてなおす ための おかねを かりたいですか</translation>
    </message>
    <message>
        <source>電子証明書の更新</source>
        <translation>電子証明書（でんししょうめいしょ）の更新（こうしん）</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>カードの暗証番号（利用者証明用 数字4桁・署名用 英数字6〜16桁）</source>
        <translation>カードの暗証番号（あんしょうばんごう）（数字4けた と 英数字6〜16けた）</translation>
    </message>
    <message>
        <source>マイナンバーカードの更新（交付申請）</source>
        <translation>マイナンバーカードの更新（こうしん）（新しいカードの申し込み）</translation>
    </message>
    <message>
        <source>いまお持ちのマイナンバーカード</source>
        <translation>いま 持っている マイナンバーカード</translation>
    </message>
    <message>
        <source>顔写真（縦4.5cm×横3.5cm、6か月以内に撮影したもの）</source>
        <translation>顔写真（かおじゃしん）（たて4.5cm、よこ3.5cm、6か月以内に とったもの）</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>手続き案内票</source>
        <translation>てつづきの あんない</translation>
    </message>
    <message>
        <source>手続き・担当窓口</source>
        <translation>てつづき・まどぐち</translation>
    </message>
    <message>
        <source>この手続きが必要な理由</source>
        <translation>この てつづきが ひつような りゆう</translation>
    </message>
    <message>
        <source>お持ちいただくもの</source>
        <translation>もって くる もの</translation>
    </message>
    <message>
        <source>手数料</source>
        <translation>はらう おかね</translation>
    </message>
    <message>
        <source>{name}&#x3000;様</source>
        <translation>{name} さま</translation>
    </message>
    <message>
        <source>ご用件：{event}&#x3000;&#x3000;手続きの数：{count}</source>
        <translation>ようじ：{event}&#x3000;&#x3000;てつづきの かず：{count}</translation>
    </message>
    <message>
        <source>手数料の合計&#x3000;{amount}</source>
        <translation>はらう おかねの ごうけい&#x3000;{amount}</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>{amount}えん</translation>
    </message>
    <message>
        <source>無料</source>
        <translation>むりょう</translation>
    </message>
    <message>
        <source>番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。</source>
        <translation>ばんごうの じゅんに まどぐちへ いって ください。もうしこみの かみは ぜんぶ かいて あります。ないようを たしかめて、サインだけ して ください。</translation>
    </message>
    <message>
        <source>手続き案内票&#x3000;書かないワンストップ窓口</source>
        <translation>てつづきの あんない&#x3000;かかなくて いい ワンストップ まどぐち</translation>
    </message>
    <message>
        <source>{municipality}&#x3000;受付番号票</source>
        <translation>{municipality}&#x3000;うけつけ ばんごう</translation>
    </message>
    <message>
        <source>お待ちの目安：約{minutes}分</source>
        <translation>まつ じかん：だいたい {minutes}ふん</translation>
    </message>
    <message>
        <source>本日の手続き</source>
        <translation>きょうの てつづき</translation>
    </message>
    <message>
        <source>番号が呼ばれたら、表示された窓口へお越しください。</source>
        <translation>ばんごうが よばれたら、がめんに でた まどぐちへ いって ください。</translation>
    </message>
    <message>
        <source>{event}のときに必要な手続きです</source>
        <translation>{event}の ときに ひつような てつづきです</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>{n}人</source>
        <translation>{n}にん</translation>
    </message>
    <message>
        <source>{n}歳</source>
        <translation>{n}さい</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>ねんれい</translation>
    </message>
    <message>
        <source>住所が市内</source>
        <translation>この しに すんで いる</translation>
    </message>
    <message>
        <source>18歳未満の子</source>
        <translation>18さいより したの こども</translation>
    </message>
    <message>
        <source>亡くなった方の年齢</source>
        <translation>なくなった ひとの ねんれい</translation>
    </message>
    <message>
        <source>国民健康保険に加入する方</source>
        <translation>こくみん けんこう ほけんに はいる ひと</translation>
    </message>
    <message>
        <source>後期高齢者医療の対象の方（75歳以上など）</source>
        <translation>こうき こうれいしゃ いりょうの ひと（75さい いじょう など）</translation>
    </message>
    <message>
        <source>あなたの健康保険</source>
        <translation>あなたの けんこう ほけん</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限</source>
        <translation>マイナンバーカードの 期限（きげん）</translation>
    </message>
    <message>
        <source>電子証明書の有効期限</source>
        <translation>電子証明書（でんししょうめいしょ）の 期限（きげん）</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限（{date}）が過ぎています。新しいカードの申請（カードの更新）を、このあと窓口でご案内します。</source>
        <translation>マイナンバーカードの 期限（きげん）（{date}）が 過ぎています。新しいカードの 申し込みを、このあと 窓口で 説明します。</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限は{date}です。新しいカードの申請（カードの更新）が、いまからできます。</source>
        <translation>マイナンバーカードの 期限（きげん）は {date}です。新しいカードの 申し込みが、いまから できます。</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。電子証明書の更新を、このあと窓口でご案内します。</source>
        <translation>マイナンバーカードの 電子証明書（でんししょうめいしょ）の 期限（きげん）（{date}）が 過ぎています。電子証明書の 更新（こうしん）を、このあと 窓口で 説明します。</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限は{date}です。期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。電子証明書の更新が、いまからできます。</source>
        <translation>マイナンバーカードの 電子証明書（でんししょうめいしょ）の 期限（きげん）は {date}です。期限が 過ぎると コンビニで 証明書を とることや、マイナ保険証が 使えなくなります。電子証明書の 更新（こうしん）が、いまから できます。</translation>
    </message>
    <message>
        <source>期限が切れています</source>
        <translation>期限（きげん）が 切れています</translation>
    </message>
    <message>
        <source>3か月以内に切れます</source>
        <translation>3か月以内に 切れます</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>入力欄</source>
        <translation>いれた もじ</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>けす</translation>
    </message>
    <message>
        <source>決定</source>
        <translation>けってい</translation>
    </message>
    <message>
        <source>（選択中）</source>
        <translation>（えらんでいます）</translation>
    </message>
    <message>
        <source>濁点</source>
        <translation>てんてん</translation>
    </message>
    <message>
        <source>半濁点</source>
        <translation>まる</translation>
    </message>
    <message>
        <source>小さい文字</source>
        <translation>ちいさい もじ</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>くうはく（あける）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>暗証番号が違います</source>
        <translation>あんしょうばんごうが ちがいます</translation>
    </message>
    <message>
        <source>カードが外されました。もう一度カードを置いてください</source>
        <translation>カードが はずれました。もう いちど カードを おいて ください</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。職員を呼んでください</source>
        <translation>カードが よめませんでした。しょくいんを よんで ください</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です</source>
        <translation>あんしょうばんごうは すうじ 4けた です</translation>
    </message>
    <message>
        <source>必須です。入力してください</source>
        <translation>かならず いれて ください</translation>
    </message>
    <message>
        <source>全角カタカナで入力してください</source>
        <translation>カタカナで いれて ください</translation>
    </message>
    <message>
        <source>日付が正しくありません（例: 2026-11-23）</source>
        <translation>ひにちが ただしく ありません（れい: 2026-11-23）</translation>
    </message>
    <message>
        <source>0以上の整数で入力してください</source>
        <translation>0より おおきい かずを いれて ください</translation>
    </message>
    <message>
        <source>一つ以上選んでください</source>
        <translation>ひとつ いじょう えらんで ください</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 190-0012）</source>
        <translation>ゆうびんばんごうは すうじ 7けたです（れい: 190-0012）</translation>
    </message>
    <message>
        <source>電話番号が正しくありません（例: 090-1234-5678）</source>
        <translation>でんわばんごうが ただしく ありません（れい: 090-1234-5678）</translation>
    </message>
    <message>
        <source>200文字以内で入力してください</source>
        <translation>200もじ いないで いれて ください</translation>
    </message>
    <message>
        <source>今日より後の日付は入力できません</source>
        <translation>きょうより あとの ひづけは いれられません</translation>
    </message>
    <message>
        <source>このカードでは暗証番号を使えません</source>
        <translation>このカードでは 暗証番号（あんしょうばんごう）を 使えません</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。職員を呼びました。そのままお待ちください</source>
        <translation>しんせいしょを いんさつ できませんでした。しょくいんを よびました。そのまま おまちください</translation>
    </message>
    <message>
        <source>カードに書かれていることが違います。もう一度確かめてください</source>
        <translation>カードに 書いてあることと 違います。もう一度 確かめてください</translation>
    </message>
    <message>
        <source>生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します</source>
        <translation>生年月日（せいねんがっぴ）を 確かめてください。元号（げんごう）を 選んで、年・月・日を 2けたずつ 入れます</translation>
    </message>
    <message>
        <source>有効期限の年を確かめてください（西暦4けた）</source>
        <translation>有効期限（ゆうこうきげん）の 年を 確かめてください（西暦（せいれき）4けた）</translation>
    </message>
    <message>
        <source>セキュリティコードは数字4けたです</source>
        <translation>セキュリティコードは 数字 4けたです</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>マイナンバーカードを カードリーダーに おいて ください</translation>
    </message>
    <message>
        <source>カードは手続きが終わるまで置いたままにしてください</source>
        <translation>てつづきが おわるまで カードを おいたままに して ください</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>よんで います</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください</source>
        <translation>カードを よんで います。カードを うごかさないで ください</translation>
    </message>
    <message>
        <source>暗証番号の残り回数: {n}回</source>
        <translation>あんしょうばんごうを いれられる のこりの かいすう: {n}かい</translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされます。わからないときは職員を呼んでください</source>
        <translation>あと 1かい まちがえると つかえなく なります。わからない ときは しょくいんを よんで ください</translation>
    </message>
    <message>
        <source>この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください</source>
        <translation>この てつづきには マイナンバーが ひつようです。もう いちど あんしょうばんごう（すうじ 4けた）を いれて ください</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>あんしょうばんごうが つかえなく なって います</translation>
    </message>
    <message>
        <source>市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。本人確認書類をお持ちください。職員がご案内します。</source>
        <translation>しやくしょ 1かいの マイナンバーカードの まどぐちで あんしょうばんごうを つくりなおして ください。じぶんを しょうめいする ものを もって きて ください。しょくいんが あんない します。</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力がロックされています</source>
        <translation>カードに 書いてあることの 入力が 使えなくなりました</translation>
    </message>
    <message>
        <source>間違いが続いたため、この方法では読み取れなくなりました。市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。本人確認書類をお持ちください。</source>
        <translation>まちがいが 続いたので、この 方法では 読めなくなりました。しやくしょ 1かいの マイナンバーカードの まどぐちで、しょくいんが あなたを かくにんして、ロックを ときます。じぶんを しょうめいする ものを もって きて ください。</translation>
    </message>
    <message>
        <source>このカードには暗証番号がありません（顔認証マイナンバーカード）。</source>
        <translation>この カードには あんしょうばんごうが ありません（かおにんしょう マイナンバーカード）。</translation>
    </message>
    <message>
        <source>最初に戻る</source>
        <translation>はじめに もどる</translation>
    </message>
    <message>
        <source>カードの内容を確認してください</source>
        <translation>カードの ないようを みて ください</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>なまえ</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>じゅうしょ</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>うまれた ひ</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>せいべつ</translation>
    </message>
    <message>
        <source>はい、正しいです</source>
        <translation>はい、ただしいです</translation>
    </message>
    <message>
        <source>違います（職員を呼ぶ）</source>
        <translation>ちがいます（しょくいんを よぶ）</translation>
    </message>
    <message>
        <source>ご用件を選んでください</source>
        <translation>なんの ようじか えらんで ください</translation>
    </message>
    <message>
        <source>ひとつ前に戻る</source>
        <translation>ひとつ まえに もどる</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>あてはまるものを すべて選んでください</source>
        <translation>あてはまるものを ぜんぶ えらんでください</translation>
    </message>
    <message>
        <source>元</source>
        <translation>がん</translation>
    </message>
    <message>
        <source>年</source>
        <translation>ねん</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>きょう</translation>
    </message>
    <message>
        <source>昨日</source>
        <translation>きのう</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n}ねん</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}ねん {m}がつ {d}にち</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>ひにち</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>こたえ</translation>
    </message>
    <message>
        <source>ご家族の情報は、窓口で職員がお伺いします</source>
        <translation>かぞくの ことは まどぐちで しょくいんが ききます</translation>
    </message>
    <message>
        <source>申請書の内容</source>
        <translation>しんせいしょの ないよう</translation>
    </message>
    <message>
        <source>申請書の内容を確認してください（書くところはありません）</source>
        <translation>しんせいしょの ないようを みて ください（かく ところは ありません）</translation>
    </message>
    <message>
        <source>印刷する</source>
        <translation>いんさつ する</translation>
    </message>
    <message>
        <source>（〓は印字できない文字です。職員が確認します）</source>
        <translation>（〓は いんさつ できない もじです。しょくいんが たしかめます）</translation>
    </message>
    <message>
        <source>印刷中</source>
        <translation>いんさつ して います</translation>
    </message>
    <message>
        <source>印刷しています。しばらくお待ちください</source>
        <translation>いんさつ して います。すこし まって ください</translation>
    </message>
    <message>
        <source>番号札を印刷できませんでした。この番号でお呼びします</source>
        <translation>ばんごうふだを いんさつ できませんでした。この ばんごうで およびします</translation>
    </message>
    <message>
        <source>印刷しました。受付番号の札をお取りください</source>
        <translation>いんさつ しました。うけつけ ばんごうの かみを とって ください</translation>
    </message>
    <message>
        <source>番号が呼ばれたら窓口へお越しください。署名と確認をいたします。</source>
        <translation>ばんごうを よばれたら まどぐちに きて ください。なまえを かいて もらい、たしかめます。</translation>
    </message>
    <message>
        <source>終わる</source>
        <translation>おわる</translation>
    </message>
    <message>
        <source>印刷できませんでした</source>
        <translation>いんさつ できませんでした</translation>
    </message>
    <message>
        <source>男</source>
        <translation>おとこ</translation>
    </message>
    <message>
        <source>女</source>
        <translation>おんな</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>あてはまらない</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>しょくいんを よぶ</translation>
    </message>
    <message>
        <source>職員が向かっています。そのままお待ちください</source>
        <translation>しょくいんが いきます。そのまま おまちください</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>なにも しないと {n}びょうで はじめに もどります</translation>
    </message>
    <message>
        <source>暗証番号がわからない方</source>
        <translation>暗証番号（あんしょうばんごう）が わからない 方</translation>
    </message>
    <message>
        <source>マイナンバーカードの暗証番号（数字4けた）</source>
        <translation>マイナンバーカードの あんしょうばんごう（すうじ 4けた）</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力も、間違いが続いたため使えなくなりました。</source>
        <translation>カードに 書いてあることの 入力も、まちがいが 続いたので 使えなくなりました。</translation>
    </message>
    <message>
        <source>① 生年月日</source>
        <translation>① 生年月日（せいねんがっぴ）</translation>
    </message>
    <message>
        <source>住所の下に「昭和55年 2月17日生」のように書かれています。元号を選び、年・月・日を2けたずつ入力してください（例: 550217）</source>
        <translation>住所の 下に「昭和55年 2月17日生」のように 書いてあります。元号（げんごう）を 選んで、年・月・日を 2けたずつ 入れてください（例: 550217）</translation>
    </message>
    <message>
        <source>② カードの有効期限の年</source>
        <translation>② カードの 有効期限（ゆうこうきげん）の 年</translation>
    </message>
    <message>
        <source>「2035年 2月17日まで有効」のように書かれています。その年を西暦4けたで入力してください</source>
        <translation>「2035年 2月17日まで有効」のように 書いてあります。その 年を 4けたで 入れてください</translation>
    </message>
    <message>
        <source>③ セキュリティコード</source>
        <translation>③ セキュリティコード</translation>
    </message>
    <message>
        <source>顔写真の下に書かれている数字4けたを入力してください</source>
        <translation>顔写真（かおじゃしん）の 下に 書いてある 数字 4けたを 入れてください</translation>
    </message>
    <message>
        <source>令和</source>
        <translation>令和（れいわ）</translation>
    </message>
    <message>
        <source>平成</source>
        <translation>平成（へいせい）</translation>
    </message>
    <message>
        <source>昭和</source>
        <translation>昭和（しょうわ）</translation>
    </message>
    <message>
        <source>大正</source>
        <translation>大正（たいしょう）</translation>
    </message>
    <message>
        <source>カードの絵</source>
        <translation>カードの 絵</translation>
    </message>
    <message>
        <source>残り回数: {n}回</source>
        <translation>あと {n}回 できます</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>はい</source>
        <translation type="unfinished">はい</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation type="unfinished">いいえ</translation>
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
        <translation type="unfinished">こたえ</translation>
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
        <translation type="unfinished">まどぐち</translation>
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
        <translation>こえの あんない: オン</translation>
    </message>
    <message>
        <source>音声案内: 使えません（音声エンジンがありません）</source>
        <translation>こえの あんない: つかえません（おんせいエンジンが ありません）</translation>
    </message>
    <message>
        <source>音声案内: この言語の音声がありません</source>
        <translation>こえの あんない: この ことばの こえが ありません</translation>
    </message>
    <message>
        <source>順番待ちの状態</source>
        <translation>じゅんばんまちの じょうたい</translation>
    </message>
    <message>
        <source>送信できない記録</source>
        <translation>おくれない きろく</translation>
    </message>
    <message>
        <source>順番待ち: 共有</source>
        <translation>じゅんばんまち: つながっています</translation>
    </message>
    <message>
        <source>順番待ち: オフライン（この端末の番号で発行）</source>
        <translation>じゅんばんまち: つながっていません（この きかいの ばんごうを だします）</translation>
    </message>
    <message>
        <source>送信できない記録: {n}件（職員が確認します）</source>
        <translation>おくれない きろく: {n}けん（しょくいんが みます）</translation>
    </message>
    <message>
        <source>カードリーダー: 接続</source>
        <translation>カードリーダー: つながって います</translation>
    </message>
    <message>
        <source>カードリーダー: 見つかりません</source>
        <translation>カードリーダー: ありません</translation>
    </message>
    <message>
        <source>プリンター: 正常</source>
        <translation>プリンター: だいじょうぶ</translation>
    </message>
    <message>
        <source>プリンター: エラー（職員が確認します）</source>
        <translation>プリンター: こわれて います（しょくいんが みます）</translation>
    </message>
    <message>
        <source>事務所: 未設定（この端末に保存）</source>
        <translation>やくしょ: つながって いません（この きかいに ほぞん）</translation>
    </message>
    <message>
        <source>事務所: オンライン</source>
        <translation>やくしょ: つながって います</translation>
    </message>
    <message>
        <source>事務所: オフライン（未送信 {n}件は保存済み）</source>
        <translation>やくしょ: つながって いません（まだ おくって いない {n}けんは ほぞん して あります）</translation>
    </message>
</context>
</TS>
