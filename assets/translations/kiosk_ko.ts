<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CallDisplay</name>
    <message>
        <source>呼出表示</source>
        <translation>호출 표시</translation>
    </message>
    <message>
        <source>お呼び出し中の番号</source>
        <translation>호출 중인 번호</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>창구</translation>
    </message>
    <message>
        <source>呼出</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>お待ちの方: {n}人</source>
        <translation>대기 인원: {n}명</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>転居（市内で引っ越した）</source>
        <translation>시내 이사(전거)</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>성함의 읽는 법을 전각 가타카나로 입력해 주세요 (성과 이름 사이는 공백)</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>낮에 연락 가능한 전화번호</translation>
    </message>
    <message>
        <source>新しい住所に住み始めた日</source>
        <translation>새 주소에 살기 시작한 날</translation>
    </message>
    <message>
        <source>新しい住所（みらい市内）</source>
        <translation>새 주소(미라이시 내)</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号</source>
        <translation>새 주소의 우편번호</translation>
    </message>
    <message>
        <source>一緒に手続きするご家族（あなた以外）</source>
        <translation>함께 절차를 진행하는 가족(본인 외)</translation>
    </message>
    <message>
        <source>加入している健康保険</source>
        <translation>가입한 건강보험</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>국민건강보험</translation>
    </message>
    <message>
        <source>勤務先の健康保険（社会保険）</source>
        <translation>직장 건강보험(사회보험)</translation>
    </message>
    <message>
        <source>後期高齢者医療制度</source>
        <translation>후기고령자 의료제도</translation>
    </message>
    <message>
        <source>その他・わからない</source>
        <translation>기타·모름</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>미라이시로부터 아동수당을 받고 있습니까?</translation>
    </message>
    <message>
        <source>証明書（住民票・印鑑証明・所得証明）</source>
        <translation>증명서(주민표·인감증명·소득증명)</translation>
    </message>
    <message>
        <source>必要な証明書</source>
        <translation>필요한 증명서</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>주민표 사본</translation>
    </message>
    <message>
        <source>印鑑登録証明書</source>
        <translation>인감등록증명서</translation>
    </message>
    <message>
        <source>所得・課税証明書</source>
        <translation>소득·과세증명서</translation>
    </message>
    <message>
        <source>それぞれの通数</source>
        <translation>각각의 통수</translation>
    </message>
    <message>
        <source>使いみち（提出先）</source>
        <translation>용도(제출처)</translation>
    </message>
    <message>
        <source>勤務先へ提出</source>
        <translation>직장에 제출</translation>
    </message>
    <message>
        <source>学校へ提出</source>
        <translation>학교에 제출</translation>
    </message>
    <message>
        <source>金融機関・ローン</source>
        <translation>금융기관·대출</translation>
    </message>
    <message>
        <source>自動車登録</source>
        <translation>자동차 등록</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>所得・課税証明書の年度</source>
        <translation>소득·과세증명서의 연도</translation>
    </message>
    <message>
        <source>子育て（妊娠・保育・手当）</source>
        <translation>육아(임신·보육·수당)</translation>
    </message>
    <message>
        <source>妊娠の届出をしますか</source>
        <translation>임신 신고를 하시겠습니까?</translation>
    </message>
    <message>
        <source>出産予定日</source>
        <translation>출산 예정일</translation>
    </message>
    <message>
        <source>保育園などの利用を申し込みますか</source>
        <translation>보육원 등의 이용을 신청하시겠습니까?</translation>
    </message>
    <message>
        <source>希望する保育施設（第1希望）</source>
        <translation>희망하는 보육시설(제1희망)</translation>
    </message>
    <message>
        <source>被災（災害にあった）</source>
        <translation>피해(재해를 입음)</translation>
    </message>
    <message>
        <source>災害の名前</source>
        <translation>재해 이름</translation>
    </message>
    <message>
        <source>被害を受けた日</source>
        <translation>피해를 입은 날</translation>
    </message>
    <message>
        <source>被害を受けた住家の所在地</source>
        <translation>피해를 입은 주택의 소재지</translation>
    </message>
    <message>
        <source>住家の被害の程度（わかる範囲で）</source>
        <translation>주택 피해 정도(아는 범위에서)</translation>
    </message>
    <message>
        <source>全壊</source>
        <translation>전파</translation>
    </message>
    <message>
        <source>大規模半壊</source>
        <translation>대규모 반파</translation>
    </message>
    <message>
        <source>中規模半壊</source>
        <translation>중규모 반파</translation>
    </message>
    <message>
        <source>半壊</source>
        <translation>반파</translation>
    </message>
    <message>
        <source>準半壊</source>
        <translation>준반파</translation>
    </message>
    <message>
        <source>一部損壊</source>
        <translation>일부 손괴</translation>
    </message>
    <message>
        <source>いまの住まいに住み続けられますか</source>
        <translation>지금 집에서 계속 살 수 있습니까?</translation>
    </message>
    <message>
        <source>災害でご家族が亡くなりましたか</source>
        <translation>재해로 가족이 사망했습니까?</translation>
    </message>
    <message>
        <source>災害でご家族が重いけが・障害を負いましたか</source>
        <translation>재해로 가족이 중상·장해를 입었습니까?</translation>
    </message>
    <message>
        <source>生活再建のための資金の貸付を希望しますか</source>
        <translation>생활 재건을 위한 자금 대출을 희망하십니까?</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>入力欄</source>
        <translation>입력란</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>정정</translation>
    </message>
    <message>
        <source>決定</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>공백</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>暗証番号が違います</source>
        <translation>비밀번호가 틀렸습니다</translation>
    </message>
    <message>
        <source>カードが外されました。もう一度カードを置いてください</source>
        <translation>카드가 분리되었습니다. 카드를 다시 올려 주세요</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。職員を呼んでください</source>
        <translation>카드를 읽지 못했습니다. 직원을 불러 주세요</translation>
    </message>
    <message>
        <source>印刷できませんでした。職員を呼んでください</source>
        <translation>인쇄하지 못했습니다. 직원을 불러 주세요</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です</source>
        <translation>비밀번호는 숫자 4자리입니다</translation>
    </message>
    <message>
        <source>必須です。入力してください</source>
        <translation>필수 항목입니다. 입력해 주세요</translation>
    </message>
    <message>
        <source>全角カタカナで入力してください</source>
        <translation>전각 가타카나로 입력해 주세요</translation>
    </message>
    <message>
        <source>日付が正しくありません（例: 2026-11-23）</source>
        <translation>날짜가 올바르지 않습니다 (예: 2026-11-23)</translation>
    </message>
    <message>
        <source>0以上の整数で入力してください</source>
        <translation>0 이상의 정수로 입력해 주세요</translation>
    </message>
    <message>
        <source>一つ以上選んでください</source>
        <translation>하나 이상 선택해 주세요</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 190-0012）</source>
        <translation>우편번호는 숫자 7자리입니다 (예: 190-0012)</translation>
    </message>
    <message>
        <source>電話番号が正しくありません（例: 090-1234-5678）</source>
        <translation>전화번호가 올바르지 않습니다 (예: 090-1234-5678)</translation>
    </message>
    <message>
        <source>200文字以内で入力してください</source>
        <translation>200자 이내로 입력해 주세요</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>마이넘버카드를 카드 리더기에 올려 주세요</translation>
    </message>
    <message>
        <source>カードは手続きが終わるまで置いたままにしてください</source>
        <translation>절차가 끝날 때까지 카드를 그대로 두세요</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>읽는 중</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください</source>
        <translation>카드를 읽고 있습니다. 카드를 움직이지 마세요</translation>
    </message>
    <message>
        <source>暗証番号の残り回数: {n}回</source>
        <translation>남은 입력 횟수: {n}회</translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされます。わからないときは職員を呼んでください</source>
        <translation>한 번 더 틀리면 잠깁니다. 모르시면 직원을 불러 주세요</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号（数字4桁）を入力してください</source>
        <translation>권면사항 입력보조용 비밀번호(숫자 4자리)를 입력해 주세요</translation>
    </message>
    <message>
        <source>この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください</source>
        <translation>이 절차에는 개인번호가 필요합니다. 비밀번호(숫자 4자리)를 다시 입력해 주세요</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>비밀번호가 잠겨 있습니다</translation>
    </message>
    <message>
        <source>市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。本人確認書類をお持ちください。職員がご案内します。</source>
        <translation>시청 1층 마이넘버카드 창구에서 비밀번호를 재설정해 주세요. 본인 확인 서류를 지참해 주세요. 직원이 안내해 드립니다.</translation>
    </message>
    <message>
        <source>最初に戻る</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>カードの内容を確認してください</source>
        <translation>카드 내용을 확인해 주세요</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>はい、正しいです</source>
        <translation>네, 맞습니다</translation>
    </message>
    <message>
        <source>違います（職員を呼ぶ）</source>
        <translation>아닙니다 (직원 호출)</translation>
    </message>
    <message>
        <source>ご用件を選んでください</source>
        <translation>용건을 선택해 주세요</translation>
    </message>
    <message>
        <source>ひとつ前に戻る</source>
        <translation>이전으로</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>예</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>ご家族の情報は、窓口で職員がお伺いします</source>
        <translation>가족 정보는 창구에서 직원이 여쭙겠습니다</translation>
    </message>
    <message>
        <source>申請書の内容</source>
        <translation>신청서 내용</translation>
    </message>
    <message>
        <source>申請書の内容を確認してください（書くところはありません）</source>
        <translation>신청서 내용을 확인해 주세요 (쓰실 곳은 없습니다)</translation>
    </message>
    <message>
        <source>印刷する</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <source>（〓は印字できない文字です。職員が確認します）</source>
        <translation>(〓는 인쇄할 수 없는 문자입니다. 직원이 확인합니다)</translation>
    </message>
    <message>
        <source>印刷中</source>
        <translation>인쇄 중</translation>
    </message>
    <message>
        <source>印刷しています。しばらくお待ちください</source>
        <translation>인쇄하고 있습니다. 잠시 기다려 주세요</translation>
    </message>
    <message>
        <source>印刷しました。受付番号の札をお取りください</source>
        <translation>인쇄했습니다. 접수 번호표를 가져가 주세요</translation>
    </message>
    <message>
        <source>番号が呼ばれたら窓口へお越しください。署名と確認をいたします。</source>
        <translation>번호가 호출되면 창구로 오세요. 서명과 확인을 하겠습니다.</translation>
    </message>
    <message>
        <source>終わる</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>불명</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>職員を呼びました。そのままお待ちください</source>
        <translation>직원을 불렀습니다. 그대로 기다려 주세요</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>조작이 없으면 {n}초 후 처음으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>はい</source>
        <translation type="unfinished">예</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation type="unfinished">아니요</translation>
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
        <translation type="unfinished">답변</translation>
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
        <translation type="unfinished">창구</translation>
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
        <translation>카드 리더기: 연결됨</translation>
    </message>
    <message>
        <source>カードリーダー: 見つかりません</source>
        <translation>카드 리더기: 찾을 수 없음</translation>
    </message>
    <message>
        <source>プリンター: 正常</source>
        <translation>프린터: 정상</translation>
    </message>
    <message>
        <source>プリンター: エラー（職員が確認します）</source>
        <translation>프린터: 오류 (직원이 확인합니다)</translation>
    </message>
    <message>
        <source>事務所: 未設定（この端末に保存）</source>
        <translation>사무소: 미설정 (이 단말기에 저장)</translation>
    </message>
    <message>
        <source>事務所: オンライン</source>
        <translation>사무소: 온라인</translation>
    </message>
    <message>
        <source>事務所: オフライン（未送信 {n}件は保存済み）</source>
        <translation>사무소: 오프라인 (미전송 {n}건은 저장됨)</translation>
    </message>
</context>
</TS>
