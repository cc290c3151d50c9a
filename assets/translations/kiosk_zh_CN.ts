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
        <source>日中に連絡のつく電話番号</source>
        <translation>白天能联系到您的电话号码</translation>
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
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>您是否从未来市领取儿童津贴？</translation>
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
        <translation>全壊（全毁）</translation>
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
        <source>印刷できませんでした。職員を呼んでください</source>
        <translation>打印失败。请呼叫工作人员</translation>
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
        <source>券面事項入力補助用の暗証番号（数字4桁）を入力してください</source>
        <translation>请输入券面事项输入辅助用密码（4位数字）</translation>
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
        <source>次へ</source>
        <translation>下一步</translation>
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
        <source>職員を呼びました。そのままお待ちください</source>
        <translation>已呼叫工作人员，请在此等候</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>如无操作，{n}秒后返回首页</translation>
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
</context>
<context>
    <name>Status</name>
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
