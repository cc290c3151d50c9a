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
        <translation>しないで ひっこした（てんきょ）</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>なまえの よみかたを カタカナで いれて ください（みょうじと なまえの あいだは くうはく）</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>ひるま つながる でんわばんごう</translation>
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
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>みらいしから こどもの おかね（じどうてあて）を もらって いますか</translation>
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
        <source>印刷できませんでした。職員を呼んでください</source>
        <translation>いんさつ できませんでした。しょくいんを よんで ください</translation>
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
        <source>券面事項入力補助用の暗証番号（数字4桁）を入力してください</source>
        <translation>カードの あんしょうばんごう（すうじ 4けた）を いれて ください</translation>
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
        <source>次へ</source>
        <translation>つぎへ</translation>
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
        <source>職員を呼びました。そのままお待ちください</source>
        <translation>しょくいんを よびました。そのまま まって ください</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>なにも しないと {n}びょうで はじめに もどります</translation>
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
</context>
<context>
    <name>Status</name>
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
