<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>CallDisplay</name>
    <message>
        <source>呼出表示</source>
        <translation>Màn hình gọi số</translation>
    </message>
    <message>
        <source>お呼び出し中の番号</source>
        <translation>Số đang được gọi</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>窓口</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <source>呼出</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>お待ちの方: {n}人</source>
        <translation>Đang chờ: {n} người</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>転居（市内で引っ越した）</source>
        <translation>Chuyển nhà trong thành phố</translation>
    </message>
    <message>
        <source>お名前のフリガナを全角カタカナで入力してください（姓と名の間は空白）</source>
        <translation>Nhập cách đọc tên bằng katakana (cách giữa họ và tên)</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>Số điện thoại liên lạc được vào ban ngày</translation>
    </message>
    <message>
        <source>新しい住所に住み始めた日</source>
        <translation>Ngày bắt đầu sống ở địa chỉ mới</translation>
    </message>
    <message>
        <source>新しい住所（みらい市内）</source>
        <translation>Địa chỉ mới (trong thành phố Mirai)</translation>
    </message>
    <message>
        <source>新しい住所の郵便番号</source>
        <translation>Mã bưu chính của địa chỉ mới</translation>
    </message>
    <message>
        <source>一緒に手続きするご家族（あなた以外）</source>
        <translation>Thành viên gia đình cùng làm thủ tục (ngoài bạn)</translation>
    </message>
    <message>
        <source>加入している健康保険</source>
        <translation>Bảo hiểm y tế bạn đang tham gia</translation>
    </message>
    <message>
        <source>国民健康保険</source>
        <translation>Bảo hiểm y tế quốc dân</translation>
    </message>
    <message>
        <source>勤務先の健康保険（社会保険）</source>
        <translation>Bảo hiểm y tế của nơi làm việc</translation>
    </message>
    <message>
        <source>後期高齢者医療制度</source>
        <translation>Chế độ y tế cho người từ 75 tuổi</translation>
    </message>
    <message>
        <source>その他・わからない</source>
        <translation>Khác / không rõ</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>Bạn có đang nhận trợ cấp trẻ em từ thành phố Mirai không?</translation>
    </message>
    <message>
        <source>証明書（住民票・印鑑証明・所得証明）</source>
        <translation>Giấy chứng nhận (cư trú, con dấu, thu nhập)</translation>
    </message>
    <message>
        <source>必要な証明書</source>
        <translation>Giấy chứng nhận bạn cần</translation>
    </message>
    <message>
        <source>住民票の写し</source>
        <translation>Bản sao phiếu cư trú</translation>
    </message>
    <message>
        <source>印鑑登録証明書</source>
        <translation>Giấy chứng nhận đăng ký con dấu</translation>
    </message>
    <message>
        <source>所得・課税証明書</source>
        <translation>Giấy chứng nhận thu nhập và thuế</translation>
    </message>
    <message>
        <source>それぞれの通数</source>
        <translation>Số bản của mỗi loại</translation>
    </message>
    <message>
        <source>使いみち（提出先）</source>
        <translation>Mục đích sử dụng (nơi nộp)</translation>
    </message>
    <message>
        <source>勤務先へ提出</source>
        <translation>Nộp cho nơi làm việc</translation>
    </message>
    <message>
        <source>学校へ提出</source>
        <translation>Nộp cho trường học</translation>
    </message>
    <message>
        <source>金融機関・ローン</source>
        <translation>Ngân hàng / khoản vay</translation>
    </message>
    <message>
        <source>自動車登録</source>
        <translation>Đăng ký xe ô tô</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>所得・課税証明書の年度</source>
        <translation>Năm tài chính của giấy chứng nhận thu nhập</translation>
    </message>
    <message>
        <source>子育て（妊娠・保育・手当）</source>
        <translation>Nuôi con (mang thai, nhà trẻ, trợ cấp)</translation>
    </message>
    <message>
        <source>妊娠の届出をしますか</source>
        <translation>Bạn có đăng ký mang thai không?</translation>
    </message>
    <message>
        <source>出産予定日</source>
        <translation>Ngày dự sinh</translation>
    </message>
    <message>
        <source>保育園などの利用を申し込みますか</source>
        <translation>Bạn có muốn đăng ký nhà trẻ không?</translation>
    </message>
    <message>
        <source>希望する保育施設（第1希望）</source>
        <translation>Nhà trẻ mong muốn (nguyện vọng 1)</translation>
    </message>
    <message>
        <source>被災（災害にあった）</source>
        <translation>Bị thiên tai</translation>
    </message>
    <message>
        <source>災害の名前</source>
        <translation>Tên thiên tai</translation>
    </message>
    <message>
        <source>被害を受けた日</source>
        <translation>Ngày bị thiệt hại</translation>
    </message>
    <message>
        <source>被害を受けた住家の所在地</source>
        <translation>Địa chỉ ngôi nhà bị thiệt hại</translation>
    </message>
    <message>
        <source>住家の被害の程度（わかる範囲で）</source>
        <translation>Mức độ thiệt hại của nhà (theo hiểu biết của bạn)</translation>
    </message>
    <message>
        <source>全壊</source>
        <translation>Bị phá hủy hoàn toàn</translation>
    </message>
    <message>
        <source>大規模半壊</source>
        <translation>Hư hại nửa quy mô lớn</translation>
    </message>
    <message>
        <source>中規模半壊</source>
        <translation>Hư hại nửa quy mô vừa</translation>
    </message>
    <message>
        <source>半壊</source>
        <translation>Hư hại một nửa</translation>
    </message>
    <message>
        <source>準半壊</source>
        <translation>Gần hư hại một nửa</translation>
    </message>
    <message>
        <source>一部損壊</source>
        <translation>Hư hại một phần</translation>
    </message>
    <message>
        <source>いまの住まいに住み続けられますか</source>
        <translation>Bạn có thể tiếp tục sống ở nhà hiện tại không?</translation>
    </message>
    <message>
        <source>災害でご家族が亡くなりましたか</source>
        <translation>Có thành viên gia đình nào qua đời vì thiên tai không?</translation>
    </message>
    <message>
        <source>災害でご家族が重いけが・障害を負いましたか</source>
        <translation>Có thành viên gia đình nào bị thương nặng hoặc tàn tật không?</translation>
    </message>
    <message>
        <source>生活再建のための資金の貸付を希望しますか</source>
        <translation>Bạn có muốn vay vốn để tái thiết cuộc sống không?</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>入力欄</source>
        <translation>Ô nhập</translation>
    </message>
    <message>
        <source>訂正</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>決定</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>空白</source>
        <translation>Khoảng trắng</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>暗証番号が違います</source>
        <translation>Mã PIN không đúng</translation>
    </message>
    <message>
        <source>カードが外されました。もう一度カードを置いてください</source>
        <translation>Thẻ đã bị lấy ra. Vui lòng đặt lại thẻ</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。職員を呼んでください</source>
        <translation>Không đọc được thẻ. Vui lòng gọi nhân viên</translation>
    </message>
    <message>
        <source>印刷できませんでした。職員を呼んでください</source>
        <translation>Không in được. Vui lòng gọi nhân viên</translation>
    </message>
    <message>
        <source>暗証番号は数字4桁です</source>
        <translation>Mã PIN gồm 4 chữ số</translation>
    </message>
    <message>
        <source>必須です。入力してください</source>
        <translation>Bắt buộc. Vui lòng nhập</translation>
    </message>
    <message>
        <source>全角カタカナで入力してください</source>
        <translation>Vui lòng nhập bằng chữ katakana</translation>
    </message>
    <message>
        <source>日付が正しくありません（例: 2026-11-23）</source>
        <translation>Ngày không hợp lệ (ví dụ: 2026-11-23)</translation>
    </message>
    <message>
        <source>0以上の整数で入力してください</source>
        <translation>Vui lòng nhập số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <source>一つ以上選んでください</source>
        <translation>Vui lòng chọn ít nhất một mục</translation>
    </message>
    <message>
        <source>郵便番号は7桁の数字で入力してください（例: 190-0012）</source>
        <translation>Mã bưu chính gồm 7 chữ số (ví dụ: 190-0012)</translation>
    </message>
    <message>
        <source>電話番号が正しくありません（例: 090-1234-5678）</source>
        <translation>Số điện thoại không hợp lệ (ví dụ: 090-1234-5678)</translation>
    </message>
    <message>
        <source>200文字以内で入力してください</source>
        <translation>Tối đa 200 ký tự</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>マイナンバーカードをカードリーダーに置いてください</source>
        <translation>Vui lòng đặt thẻ My Number lên đầu đọc thẻ</translation>
    </message>
    <message>
        <source>カードは手続きが終わるまで置いたままにしてください</source>
        <translation>Vui lòng để thẻ trên đầu đọc cho đến khi hoàn tất thủ tục</translation>
    </message>
    <message>
        <source>読み取り中</source>
        <translation>Đang đọc</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを動かさないでください</source>
        <translation>Đang đọc thẻ. Vui lòng không di chuyển thẻ</translation>
    </message>
    <message>
        <source>暗証番号の残り回数: {n}回</source>
        <translation>Số lần nhập mã PIN còn lại: {n}</translation>
    </message>
    <message>
        <source>あと1回間違えるとロックされます。わからないときは職員を呼んでください</source>
        <translation>Nhập sai thêm một lần nữa mã PIN sẽ bị khóa. Nếu không chắc, vui lòng gọi nhân viên</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号（数字4桁）を入力してください</source>
        <translation>Vui lòng nhập mã PIN 4 chữ số của thẻ (券面事項入力補助用)</translation>
    </message>
    <message>
        <source>この手続きには個人番号が必要です。もう一度暗証番号（数字4桁）を入力してください</source>
        <translation>Thủ tục này cần mã số cá nhân. Vui lòng nhập lại mã PIN 4 chữ số</translation>
    </message>
    <message>
        <source>暗証番号がロックされています</source>
        <translation>Mã PIN đã bị khóa</translation>
    </message>
    <message>
        <source>市役所1階のマイナンバーカード窓口で暗証番号の再設定をしてください。本人確認書類をお持ちください。職員がご案内します。</source>
        <translation>Vui lòng đến quầy thẻ My Number tầng 1 Tòa thị chính để đặt lại mã PIN. Hãy mang theo giấy tờ tùy thân. Nhân viên sẽ hướng dẫn bạn.</translation>
    </message>
    <message>
        <source>最初に戻る</source>
        <translation>Về màn hình đầu</translation>
    </message>
    <message>
        <source>カードの内容を確認してください</source>
        <translation>Vui lòng kiểm tra thông tin trên thẻ</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>はい、正しいです</source>
        <translation>Vâng, thông tin đúng</translation>
    </message>
    <message>
        <source>違います（職員を呼ぶ）</source>
        <translation>Không đúng (gọi nhân viên)</translation>
    </message>
    <message>
        <source>ご用件を選んでください</source>
        <translation>Vui lòng chọn việc bạn cần làm</translation>
    </message>
    <message>
        <source>ひとつ前に戻る</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>はい</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>日付</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>回答</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>ご家族の情報は、窓口で職員がお伺いします</source>
        <translation>Nhân viên sẽ hỏi thông tin gia đình bạn tại quầy</translation>
    </message>
    <message>
        <source>申請書の内容</source>
        <translation>Nội dung đơn</translation>
    </message>
    <message>
        <source>申請書の内容を確認してください（書くところはありません）</source>
        <translation>Vui lòng kiểm tra nội dung đơn (bạn không cần viết gì)</translation>
    </message>
    <message>
        <source>印刷する</source>
        <translation>In</translation>
    </message>
    <message>
        <source>（〓は印字できない文字です。職員が確認します）</source>
        <translation>(〓 là ký tự không in được; nhân viên sẽ kiểm tra)</translation>
    </message>
    <message>
        <source>印刷中</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <source>印刷しています。しばらくお待ちください</source>
        <translation>Đang in. Vui lòng chờ một chút</translation>
    </message>
    <message>
        <source>印刷しました。受付番号の札をお取りください</source>
        <translation>Đã in xong. Vui lòng lấy phiếu số thứ tự</translation>
    </message>
    <message>
        <source>番号が呼ばれたら窓口へお越しください。署名と確認をいたします。</source>
        <translation>Khi số của bạn được gọi, vui lòng đến quầy để kiểm tra và ký tên.</translation>
    </message>
    <message>
        <source>終わる</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>職員を呼ぶ</source>
        <translation>Gọi nhân viên</translation>
    </message>
    <message>
        <source>職員を呼びました。そのままお待ちください</source>
        <translation>Đã gọi nhân viên. Vui lòng chờ tại đây</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>Sẽ quay về màn hình đầu sau {n} giây nếu không thao tác</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>はい</source>
        <translation type="unfinished">Có</translation>
    </message>
    <message>
        <source>いいえ</source>
        <translation type="unfinished">Không</translation>
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
        <translation type="unfinished">Câu trả lời</translation>
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
        <translation type="unfinished">Quầy</translation>
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
        <translation>Đầu đọc thẻ: đã kết nối</translation>
    </message>
    <message>
        <source>カードリーダー: 見つかりません</source>
        <translation>Đầu đọc thẻ: không tìm thấy</translation>
    </message>
    <message>
        <source>プリンター: 正常</source>
        <translation>Máy in: sẵn sàng</translation>
    </message>
    <message>
        <source>プリンター: エラー（職員が確認します）</source>
        <translation>Máy in: lỗi (nhân viên sẽ kiểm tra)</translation>
    </message>
    <message>
        <source>事務所: 未設定（この端末に保存）</source>
        <translation>Văn phòng: chưa thiết lập (lưu trên máy này)</translation>
    </message>
    <message>
        <source>事務所: オンライン</source>
        <translation>Văn phòng: trực tuyến</translation>
    </message>
    <message>
        <source>事務所: オフライン（未送信 {n}件は保存済み）</source>
        <translation>Văn phòng: ngoại tuyến ({n} hồ sơ chưa gửi đã được lưu)</translation>
    </message>
</context>
</TS>
