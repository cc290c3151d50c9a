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
        <source>日中に連絡のつく電話番号</source>
        <translation>A phone number we can reach you at during the day</translation>
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
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>Do you receive the child allowance from Mirai City?</translation>
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
        <source>印刷できませんでした。職員を呼んでください</source>
        <translation>Printing failed. Please call a staff member</translation>
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
        <source>券面事項入力補助用の暗証番号（数字4桁）を入力してください</source>
        <translation>Please enter the card&apos;s 4-digit PIN (券面事項入力補助用)</translation>
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
        <source>次へ</source>
        <translation>Next</translation>
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
        <source>職員を呼びました。そのままお待ちください</source>
        <translation>A staff member has been called. Please wait here</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>Returning to the start in {n} seconds if there is no input</translation>
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
</context>
<context>
    <name>Status</name>
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
