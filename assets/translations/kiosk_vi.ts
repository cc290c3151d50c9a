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
        <source>みらい市</source>
        <translation>Thành phố Mirai</translation>
    </message>
    <message>
        <source>転入（市外から引っ越してきた）</source>
        <translation>Chuyển đến thành phố (từ địa phương khác)</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>Số điện thoại liên lạc được vào ban ngày</translation>
    </message>
    <message>
        <source>国外から引っ越してきましたか（国外からの転入）</source>
        <translation>Bạn chuyển đến từ nước ngoài phải không (chuyển đến từ nước ngoài)</translation>
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
        <source>届け出る方（あなた）の立場</source>
        <translation>Tư cách của người khai báo (bạn)</translation>
    </message>
    <message>
        <source>本人（引っ越す方）</source>
        <translation>Chính người chuyển nhà</translation>
    </message>
    <message>
        <source>世帯主（家族の分を届け出る）</source>
        <translation>Chủ hộ (khai báo cho người trong gia đình)</translation>
    </message>
    <message>
        <source>代理人（委任状が必要）</source>
        <translation>Người đại diện (cần giấy ủy quyền)</translation>
    </message>
    <message>
        <source>世帯について</source>
        <translation>Về hộ gia đình</translation>
    </message>
    <message>
        <source>新しい世帯をつくる（全部転入）</source>
        <translation>Lập hộ mới (chuyển đến cả hộ)</translation>
    </message>
    <message>
        <source>市内にある世帯に入る（一部転入）</source>
        <translation>Nhập vào hộ đã có trong thành phố</translation>
    </message>
    <message>
        <source>世帯主はあなたですか</source>
        <translation>Bạn có phải là chủ hộ không?</translation>
    </message>
    <message>
        <source>世帯主の氏名</source>
        <translation>Họ tên chủ hộ</translation>
    </message>
    <message>
        <source>世帯主から見たあなたの続柄（妻、子、父、同居人など）</source>
        <translation>Quan hệ của bạn với chủ hộ (vợ 妻, con 子, bố 父, người ở cùng 同居人 …)</translation>
    </message>
    <message>
        <source>世帯主の国籍</source>
        <translation>Quốc tịch của chủ hộ</translation>
    </message>
    <message>
        <source>日本</source>
        <translation>Nhật Bản</translation>
    </message>
    <message>
        <source>日本以外</source>
        <translation>Ngoài Nhật Bản</translation>
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
        <source>前の市区町村で要介護・要支援の認定を受けていましたか</source>
        <translation>Bạn đã được chứng nhận cần điều dưỡng/cần hỗ trợ ở địa phương trước không?</translation>
    </message>
    <message>
        <source>印鑑登録をしますか</source>
        <translation>Bạn có muốn đăng ký con dấu (inkan) không?</translation>
    </message>
    <message>
        <source>登録する印鑑の氏名の表記</source>
        <translation>Cách ghi tên trên con dấu đăng ký</translation>
    </message>
    <message>
        <source>氏名（在留カードの表記）</source>
        <translation>Họ tên (như trên thẻ lưu trú)</translation>
    </message>
    <message>
        <source>通称</source>
        <translation>Tên thường gọi (tsūshō)</translation>
    </message>
    <message>
        <source>氏名のカタカナ表記</source>
        <translation>Họ tên viết bằng katakana</translation>
    </message>
    <message>
        <source>印鑑に使う氏名のカタカナ表記</source>
        <translation>Họ tên bằng katakana dùng cho con dấu</translation>
    </message>
    <message>
        <source>転出（市外へ引っ越す）</source>
        <translation>Chuyển đi khỏi thành phố (đến địa phương khác)</translation>
    </message>
    <message>
        <source>引っ越す日（予定日）</source>
        <translation>Ngày chuyển nhà (dự kiến)</translation>
    </message>
    <message>
        <source>引っ越し先の住所</source>
        <translation>Địa chỉ nơi chuyển đến</translation>
    </message>
    <message>
        <source>みらい市で印鑑登録をしていますか</source>
        <translation>Bạn có đăng ký con dấu tại thành phố Mirai không?</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>Bạn có đang nhận trợ cấp trẻ em từ thành phố Mirai không?</translation>
    </message>
    <message>
        <source>出生（子どもが生まれた）</source>
        <translation>Sinh con</translation>
    </message>
    <message>
        <source>お子さんの氏名（姓と名の間は全角空白）</source>
        <translation>Họ tên của bé (cách giữa họ và tên)</translation>
    </message>
    <message>
        <source>お子さんの氏名のフリガナ（全角カタカナ）</source>
        <translation>Cách đọc tên của bé bằng katakana</translation>
    </message>
    <message>
        <source>生まれた日</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>お子さんの性別</source>
        <translation>Giới tính của bé</translation>
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
        <source>生まれたところ（病院名と所在地）</source>
        <translation>Nơi sinh (tên và địa chỉ bệnh viện)</translation>
    </message>
    <message>
        <source>お子さんとのご関係（届出人）</source>
        <translation>Quan hệ của bạn với bé (người khai báo)</translation>
    </message>
    <message>
        <source>父</source>
        <translation>Bố</translation>
    </message>
    <message>
        <source>母</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>もう一人の親の氏名</source>
        <translation>Họ tên của bố/mẹ còn lại</translation>
    </message>
    <message>
        <source>おくやみ（家族が亡くなった）</source>
        <translation>Người thân qua đời</translation>
    </message>
    <message>
        <source>亡くなった方の氏名</source>
        <translation>Họ tên người đã mất</translation>
    </message>
    <message>
        <source>亡くなった方の氏名のフリガナ</source>
        <translation>Cách đọc tên người đã mất bằng katakana</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日</source>
        <translation>Ngày sinh của người đã mất</translation>
    </message>
    <message>
        <source>亡くなった日</source>
        <translation>Ngày mất</translation>
    </message>
    <message>
        <source>亡くなった方とのご関係</source>
        <translation>Quan hệ của bạn với người đã mất</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <source>子</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>Bố/mẹ</translation>
    </message>
    <message>
        <source>兄弟姉妹</source>
        <translation>Anh chị em</translation>
    </message>
    <message>
        <source>亡くなった方の健康保険</source>
        <translation>Bảo hiểm y tế của người đã mất</translation>
    </message>
    <message>
        <source>勤務先の健康保険</source>
        <translation>Bảo hiểm y tế của nơi làm việc</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか</source>
        <translation>Người đã mất có phải là chủ hộ không?</translation>
    </message>
    <message>
        <source>世帯に残る方の人数</source>
        <translation>Số người còn lại trong hộ</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <translation>Người đã mất có đăng ký con dấu không?</translation>
    </message>
    <message>
        <source>あなたが葬儀を行いましたか（喪主）</source>
        <translation>Bạn có phải là người tổ chức tang lễ (tang chủ) không?</translation>
    </message>
    <message>
        <source>葬儀の日</source>
        <translation>Ngày tang lễ</translation>
    </message>
    <message>
        <source>振込先口座（金融機関・支店・種別・口座番号）</source>
        <translation>Tài khoản nhận tiền (ngân hàng, chi nhánh, loại, số tài khoản)</translation>
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
        <source>妊娠しているのはどなたですか</source>
        <translation>Ai là người đang mang thai?</translation>
    </message>
    <message>
        <source>わたし（カードの本人）</source>
        <translation>Tôi (chủ thẻ)</translation>
    </message>
    <message>
        <source>一緒に手続きする家族</source>
        <translation>Người nhà cùng làm thủ tục</translation>
    </message>
    <message>
        <source>妊娠している方の氏名（一緒に手続きする家族のうち）</source>
        <translation>Họ tên người mang thai (một người trong gia đình)</translation>
    </message>
    <message>
        <source>介護を受ける方はどなたですか</source>
        <translation>Ai là người cần chăm sóc?</translation>
    </message>
    <message>
        <source>家族（親など）</source>
        <translation>Người nhà (bố mẹ …)</translation>
    </message>
    <message>
        <source>介護を受ける方（氏名、フリガナ、生年月日、性別、あなたから見た続柄）</source>
        <translation>Người cần chăm sóc (họ tên, kana, ngày sinh, giới tính, quan hệ với bạn)</translation>
    </message>
    <message>
        <source>介護を受ける方の住所（あなたと同じなら空欄）</source>
        <translation>Địa chỉ người cần chăm sóc (để trống nếu giống bạn)</translation>
    </message>
    <message>
        <source>罹災証明書交付申請</source>
        <translation>Đơn xin cấp giấy chứng nhận thiệt hại do thiên tai</translation>
    </message>
    <message>
        <source>防災危機管理課</source>
        <translation>Phòng Quản lý Thiên tai và Khủng hoảng</translation>
    </message>
    <message>
        <source>被災者支援窓口</source>
        <translation>Quầy hỗ trợ người bị thiên tai</translation>
    </message>
    <message>
        <source>被害状況の写真（あれば）</source>
        <translation>Ảnh chụp thiệt hại (nếu có)</translation>
    </message>
    <message>
        <source>被災者生活再建支援金の支給申請</source>
        <translation>Đơn xin tiền hỗ trợ tái thiết cuộc sống</translation>
    </message>
    <message>
        <source>福祉課</source>
        <translation>Phòng Phúc lợi</translation>
    </message>
    <message>
        <source>罹災証明書</source>
        <translation>Giấy chứng nhận thiệt hại do thiên tai</translation>
    </message>
    <message>
        <source>振込先口座のわかるもの</source>
        <translation>Giấy tờ có thông tin tài khoản (sổ ngân hàng hoặc thẻ ATM)</translation>
    </message>
    <message>
        <source>応急修理の実施申請</source>
        <translation>Đơn xin sửa chữa khẩn cấp nhà ở</translation>
    </message>
    <message>
        <source>建築課</source>
        <translation>Phòng Xây dựng</translation>
    </message>
    <message>
        <source>修理見積書</source>
        <translation>Bảng báo giá sửa chữa</translation>
    </message>
    <message>
        <source>応急仮設住宅の入居申請</source>
        <translation>Đơn xin vào ở nhà tạm</translation>
    </message>
    <message>
        <source>災害弔慰金の支給申請</source>
        <translation>Đơn xin tiền phúng viếng do thiên tai</translation>
    </message>
    <message>
        <source>死亡診断書の写し</source>
        <translation>Bản sao giấy chứng tử</translation>
    </message>
    <message>
        <source>災害障害見舞金の支給申請</source>
        <translation>Đơn xin tiền hỗ trợ người bị tàn tật do thiên tai</translation>
    </message>
    <message>
        <source>診断書</source>
        <translation>Giấy chẩn đoán của bác sĩ</translation>
    </message>
    <message>
        <source>災害援護資金の貸付申請</source>
        <translation>Đơn xin vay vốn cứu trợ thiên tai</translation>
    </message>
    <message>
        <source>世帯全員の所得証明書</source>
        <translation>Giấy chứng nhận thu nhập của tất cả thành viên trong hộ</translation>
    </message>
    <message>
        <source>連帯保証人の書類（必要な場合）</source>
        <translation>Giấy tờ của người bảo lãnh (nếu cần)</translation>
    </message>
    <message>
        <source>国民健康保険 資格取得届</source>
        <translation>Bảo hiểm y tế quốc dân: đăng ký tham gia</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <translation>Phòng Bảo hiểm và Lương hưu</translation>
    </message>
    <message>
        <source>3番窓口</source>
        <translation>Quầy số 3</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード）</source>
        <translation>Giấy tờ tùy thân (thẻ My Number)</translation>
    </message>
    <message>
        <source>前の健康保険の資格喪失証明書（社会保険をやめた方）</source>
        <translation>Giấy chứng nhận đã thôi bảo hiểm y tế cũ (nếu đã rời bảo hiểm của nơi làm việc)</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）</source>
        <translation>Thẻ lưu trú (hoặc giấy chứng nhận vĩnh trú đặc biệt)</translation>
    </message>
    <message>
        <source>国民健康保険 資格喪失届</source>
        <translation>Bảo hiểm y tế quốc dân: khai báo thôi tham gia</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書（お持ちの方）</source>
        <translation>Giấy xác nhận tư cách Bảo hiểm y tế quốc dân (nếu có)</translation>
    </message>
    <message>
        <source>国民年金 被保険者関係届（住所変更・資格取得）</source>
        <translation>Lương hưu quốc dân: khai báo (đổi địa chỉ / tham gia)</translation>
    </message>
    <message>
        <source>4番窓口</source>
        <translation>Quầy số 4</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの（年金手帳・基礎年金番号通知書）</source>
        <translation>Giấy tờ có số lương hưu cơ bản (sổ lương hưu hoặc giấy thông báo số)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格取得（転入）届</source>
        <translation>Y tế cho người từ 75 tuổi: đăng ký tham gia (chuyển đến)</translation>
    </message>
    <message>
        <source>5番窓口</source>
        <translation>Quầy số 5</translation>
    </message>
    <message>
        <source>前住所地の負担区分等証明書</source>
        <translation>Giấy chứng nhận mức đồng chi trả của địa phương trước</translation>
    </message>
    <message>
        <source>葬祭費支給申請</source>
        <translation>Đơn xin trợ cấp chi phí tang lễ</translation>
    </message>
    <message>
        <source>葬儀の領収書または会葬礼状（喪主の確認できるもの）</source>
        <translation>Hóa đơn tang lễ hoặc thiệp cảm ơn (có tên tang chủ)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格喪失届</source>
        <translation>Y tế cho người từ 75 tuổi: khai báo thôi tham gia</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格確認書</source>
        <translation>Giấy xác nhận tư cách y tế cho người từ 75 tuổi</translation>
    </message>
    <message>
        <source>要介護・要支援認定申請</source>
        <translation>Đơn xin chứng nhận cần điều dưỡng/cần hỗ trợ</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <translation>Phòng Bảo hiểm điều dưỡng</translation>
    </message>
    <message>
        <source>9番窓口</source>
        <translation>Quầy số 9</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <translation>Thẻ bảo hiểm điều dưỡng</translation>
    </message>
    <message>
        <source>主治医の氏名・医療機関がわかるもの</source>
        <translation>Thông tin tên bác sĩ điều trị và cơ sở y tế</translation>
    </message>
    <message>
        <source>要介護・要支援更新認定申請</source>
        <translation>Đơn xin gia hạn chứng nhận cần điều dưỡng/cần hỗ trợ</translation>
    </message>
    <message>
        <source>要介護・要支援状態区分変更認定申請</source>
        <translation>Đơn xin thay đổi mức độ cần điều dưỡng/cần hỗ trợ</translation>
    </message>
    <message>
        <source>住所移転後の要介護・要支援認定申請</source>
        <translation>Đơn xin chứng nhận cần điều dưỡng/cần hỗ trợ sau khi chuyển đến</translation>
    </message>
    <message>
        <source>前住所地で交付された受給資格証明書</source>
        <translation>Giấy chứng nhận tư cách hưởng do địa phương trước cấp</translation>
    </message>
    <message>
        <source>居宅（介護予防）サービス計画作成依頼届出</source>
        <translation>Khai báo nhờ lập kế hoạch chăm sóc tại nhà (phòng ngừa)</translation>
    </message>
    <message>
        <source>介護保険負担限度額認定申請</source>
        <translation>Đơn xin giảm chi phí tại cơ sở điều dưỡng</translation>
    </message>
    <message>
        <source>預貯金の通帳の写し</source>
        <translation>Bản sao sổ ngân hàng/sổ tiết kiệm</translation>
    </message>
    <message>
        <source>介護保険被保険者証の再交付申請</source>
        <translation>Đơn xin cấp lại thẻ bảo hiểm điều dưỡng</translation>
    </message>
    <message>
        <source>介護保険 資格喪失届</source>
        <translation>Bảo hiểm điều dưỡng: khai báo thôi tham gia</translation>
    </message>
    <message>
        <source>児童手当 認定請求</source>
        <translation>Đơn xin trợ cấp trẻ em</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <translation>Phòng Hỗ trợ nuôi con</translation>
    </message>
    <message>
        <source>6番窓口</source>
        <translation>Quầy số 6</translation>
    </message>
    <message>
        <source>請求者名義の振込先口座のわかるもの</source>
        <translation>Thông tin tài khoản ngân hàng đứng tên người nộp đơn</translation>
    </message>
    <message>
        <source>請求者の健康保険の資格情報</source>
        <translation>Thông tin bảo hiểm y tế của người nộp đơn (thẻ hoặc giấy)</translation>
    </message>
    <message>
        <source>児童手当 額改定請求</source>
        <translation>Trợ cấp trẻ em: đơn xin thay đổi số tiền</translation>
    </message>
    <message>
        <source>児童手当 住所変更等の届出</source>
        <translation>Trợ cấp trẻ em: khai báo đổi địa chỉ v.v.</translation>
    </message>
    <message>
        <source>児童手当 受給事由消滅届</source>
        <translation>Trợ cấp trẻ em: khai báo chấm dứt quyền nhận</translation>
    </message>
    <message>
        <source>子ども医療費 受給資格登録申請</source>
        <translation>Đăng ký trợ cấp chi phí y tế cho trẻ em</translation>
    </message>
    <message>
        <source>子の健康保険の資格情報</source>
        <translation>Thông tin bảo hiểm y tế của con</translation>
    </message>
    <message>
        <source>妊娠の届出</source>
        <translation>Đăng ký mang thai</translation>
    </message>
    <message>
        <source>子育て支援課（保健センター）</source>
        <translation>Phòng Hỗ trợ nuôi con (Trung tâm y tế)</translation>
    </message>
    <message>
        <source>7番窓口</source>
        <translation>Quầy số 7</translation>
    </message>
    <message>
        <source>妊娠の診断を受けた医療機関名がわかるもの</source>
        <translation>Tên cơ sở y tế đã chẩn đoán mang thai</translation>
    </message>
    <message>
        <source>委任状（妊娠している方以外が届け出る場合）</source>
        <translation>Giấy ủy quyền (nếu người khác khai báo thay người mang thai)</translation>
    </message>
    <message>
        <source>保育施設等の利用申込（支給認定申請）</source>
        <translation>Đăng ký nhà trẻ (xin chứng nhận đủ điều kiện)</translation>
    </message>
    <message>
        <source>保育課</source>
        <translation>Phòng Nhà trẻ</translation>
    </message>
    <message>
        <source>8番窓口</source>
        <translation>Quầy số 8</translation>
    </message>
    <message>
        <source>保護者の就労証明書</source>
        <translation>Giấy chứng nhận việc làm của phụ huynh</translation>
    </message>
    <message>
        <source>転入届</source>
        <translation>Khai báo chuyển đến</translation>
    </message>
    <message>
        <source>市民課</source>
        <translation>Phòng Thị dân</translation>
    </message>
    <message>
        <source>1番窓口</source>
        <translation>Quầy số 1</translation>
    </message>
    <message>
        <source>前住所地の転出証明書（マイナンバーカードによる転出の場合は不要）</source>
        <translation>Giấy chứng nhận chuyển đi của địa phương trước (không cần nếu đã làm thủ tục chuyển đi bằng thẻ My Number)</translation>
    </message>
    <message>
        <source>委任状（代理人が届け出る場合）</source>
        <translation>Giấy ủy quyền (nếu người đại diện khai báo)</translation>
    </message>
    <message>
        <source>転出届</source>
        <translation>Khai báo chuyển đi</translation>
    </message>
    <message>
        <source>転居届</source>
        <translation>Khai báo chuyển nhà trong thành phố</translation>
    </message>
    <message>
        <source>マイナンバーカード 継続利用・券面記載事項変更届</source>
        <translation>Thẻ My Number: tiếp tục sử dụng / thay đổi thông tin trên thẻ</translation>
    </message>
    <message>
        <source>2番窓口</source>
        <translation>Quầy số 2</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）: 転入する方全員の分</source>
        <translation>Thẻ lưu trú (hoặc giấy chứng nhận vĩnh trú đặc biệt) của tất cả những người chuyển đến</translation>
    </message>
    <message>
        <source>パスポート（転入する方全員の分）</source>
        <translation>Hộ chiếu của tất cả những người chuyển đến</translation>
    </message>
    <message>
        <source>戸籍謄本と戸籍の附票（本籍地が市外の方）</source>
        <translation>Bản sao hộ tịch và phụ phiếu hộ tịch (người có nguyên quán ở ngoài thành phố)</translation>
    </message>
    <message>
        <source>続柄を証する文書（婚姻証明書・出生証明書など）と日本語の訳文（訳者の氏名と訳した日の入ったもの）</source>
        <translation>Giấy tờ chứng minh quan hệ gia đình (giấy chứng nhận kết hôn, giấy khai sinh…) kèm bản dịch tiếng Nhật (có tên người dịch và ngày dịch)</translation>
    </message>
    <message>
        <source>対象者全員のマイナンバーカード</source>
        <translation>Thẻ My Number của tất cả người liên quan</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <translation>Mã PIN của thẻ</translation>
    </message>
    <message>
        <source>印鑑登録申請</source>
        <translation>Đơn đăng ký con dấu</translation>
    </message>
    <message>
        <source>登録する印鑑</source>
        <translation>Con dấu (inkan) cần đăng ký</translation>
    </message>
    <message>
        <source>印鑑登録廃止申請</source>
        <translation>Đơn hủy đăng ký con dấu</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>Thẻ đăng ký con dấu</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求</source>
        <translation>Yêu cầu cấp bản sao phiếu cư trú v.v.</translation>
    </message>
    <message>
        <source>証明書窓口</source>
        <translation>Quầy cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>印鑑登録証明書交付申請</source>
        <translation>Đơn xin cấp giấy chứng nhận đăng ký con dấu</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）またはマイナンバーカード</source>
        <translation>Thẻ đăng ký con dấu hoặc thẻ My Number</translation>
    </message>
    <message>
        <source>出生届</source>
        <translation>Khai sinh</translation>
    </message>
    <message>
        <source>市民課（戸籍係）</source>
        <translation>Phòng Thị dân (Bộ phận Hộ tịch)</translation>
    </message>
    <message>
        <source>戸籍窓口</source>
        <translation>Quầy hộ tịch</translation>
    </message>
    <message>
        <source>出生証明書（医師・助産師の記入済み）</source>
        <translation>Giấy chứng sinh (do bác sĩ hoặc hộ sinh điền)</translation>
    </message>
    <message>
        <source>母子健康手帳</source>
        <translation>Sổ tay sức khỏe mẹ và bé</translation>
    </message>
    <message>
        <source>届出人の本人確認書類</source>
        <translation>Giấy tờ tùy thân của người khai báo</translation>
    </message>
    <message>
        <source>世帯主変更届</source>
        <translation>Khai báo thay đổi chủ hộ</translation>
    </message>
    <message>
        <source>所得・課税証明書交付申請</source>
        <translation>Đơn xin cấp giấy chứng nhận thu nhập và thuế</translation>
    </message>
    <message>
        <source>税務課</source>
        <translation>Phòng Thuế</translation>
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
        <source>介護（要介護認定など）</source>
        <translation>Điều dưỡng (chứng nhận cần điều dưỡng v.v.)</translation>
    </message>
    <message>
        <source>介護の認定について、どの申請ですか</source>
        <translation>Bạn cần nộp đơn chứng nhận điều dưỡng nào?</translation>
    </message>
    <message>
        <source>はじめての申請</source>
        <translation>Nộp đơn lần đầu</translation>
    </message>
    <message>
        <source>更新の申請</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>状態が変わった（区分変更）</source>
        <translation>Tình trạng đã thay đổi (đổi mức độ)</translation>
    </message>
    <message>
        <source>認定の申請はしない</source>
        <translation>Không nộp đơn chứng nhận</translation>
    </message>
    <message>
        <source>いま困っていること・体の状態</source>
        <translation>Khó khăn hiện tại / tình trạng sức khỏe</translation>
    </message>
    <message>
        <source>主治医（医療機関名・医師名）</source>
        <translation>Bác sĩ điều trị (tên cơ sở y tế, tên bác sĩ)</translation>
    </message>
    <message>
        <source>ケアプランの作成をケアマネジャーに依頼しますか</source>
        <translation>Bạn có nhờ chuyên viên chăm sóc (care manager) lập kế hoạch chăm sóc không?</translation>
    </message>
    <message>
        <source>依頼する居宅介護支援事業所</source>
        <translation>Cơ sở hỗ trợ chăm sóc tại nhà được nhờ</translation>
    </message>
    <message>
        <source>施設の食費・居住費の軽減（負担限度額認定）を申請しますか</source>
        <translation>Bạn có xin giảm tiền ăn và tiền ở tại cơ sở điều dưỡng không?</translation>
    </message>
    <message>
        <source>介護保険証をなくしたり、汚したりしましたか（再交付）</source>
        <translation>Bạn có làm mất hoặc làm hỏng thẻ bảo hiểm điều dưỡng không (cấp lại)?</translation>
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
    <message>
        <source>電子証明書の更新</source>
        <translation>Gia hạn chứng thư điện tử</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>Thẻ My Number</translation>
    </message>
    <message>
        <source>カードの暗証番号（利用者証明用 数字4桁・署名用 英数字6〜16桁）</source>
        <translation>Mã PIN của thẻ (xác thực người dùng: 4 chữ số; chữ ký: 6–16 chữ và số)</translation>
    </message>
    <message>
        <source>マイナンバーカードの更新（交付申請）</source>
        <translation>Gia hạn thẻ My Number (đăng ký thẻ mới)</translation>
    </message>
    <message>
        <source>いまお持ちのマイナンバーカード</source>
        <translation>Thẻ My Number hiện tại của bạn</translation>
    </message>
    <message>
        <source>顔写真（縦4.5cm×横3.5cm、6か月以内に撮影したもの）</source>
        <translation>Ảnh chân dung (cao 4,5 cm × rộng 3,5 cm, chụp trong vòng 6 tháng)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>手続き案内票</source>
        <translation>Phiếu hướng dẫn thủ tục</translation>
    </message>
    <message>
        <source>手続き・担当窓口</source>
        <translation>Thủ tục / quầy phụ trách</translation>
    </message>
    <message>
        <source>この手続きが必要な理由</source>
        <translation>Lý do cần thủ tục</translation>
    </message>
    <message>
        <source>お持ちいただくもの</source>
        <translation>Giấy tờ cần mang</translation>
    </message>
    <message>
        <source>手数料</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>{name}&#x3000;様</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>ご用件：{event}&#x3000;&#x3000;手続きの数：{count}</source>
        <translation>Nội dung: {event}    Số thủ tục: {count}</translation>
    </message>
    <message>
        <source>手数料の合計&#x3000;{amount}</source>
        <translation>Tổng lệ phí: {amount}</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>{amount} yên</translation>
    </message>
    <message>
        <source>無料</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <source>番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。</source>
        <translation>Vui lòng đến các quầy theo thứ tự số. Tất cả đơn đã được điền sẵn: xin kiểm tra nội dung và chỉ cần ký tên.</translation>
    </message>
    <message>
        <source>手続き案内票&#x3000;書かないワンストップ窓口</source>
        <translation>Phiếu hướng dẫn thủ tục – Quầy một cửa, không cần viết</translation>
    </message>
    <message>
        <source>{municipality}&#x3000;受付番号票</source>
        <translation>{municipality} – Phiếu số thứ tự</translation>
    </message>
    <message>
        <source>お待ちの目安：約{minutes}分</source>
        <translation>Thời gian chờ dự kiến: khoảng {minutes} phút</translation>
    </message>
    <message>
        <source>本日の手続き</source>
        <translation>Thủ tục hôm nay</translation>
    </message>
    <message>
        <source>番号が呼ばれたら、表示された窓口へお越しください。</source>
        <translation>Khi số của bạn được gọi, vui lòng đến quầy được hiển thị.</translation>
    </message>
    <message>
        <source>{event}のときに必要な手続きです</source>
        <translation>Thủ tục cần cho: {event}</translation>
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
        <source>{n}人</source>
        <translation>{n} người</translation>
    </message>
    <message>
        <source>{n}歳</source>
        <translation>{n} tuổi</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>住所が市内</source>
        <translation>Địa chỉ trong thành phố</translation>
    </message>
    <message>
        <source>18歳未満の子</source>
        <translation>Con dưới 18 tuổi</translation>
    </message>
    <message>
        <source>亡くなった方の年齢</source>
        <translation>Tuổi của người đã mất</translation>
    </message>
    <message>
        <source>国民健康保険に加入する方</source>
        <translation>Người tham gia Bảo hiểm Y tế Quốc dân</translation>
    </message>
    <message>
        <source>後期高齢者医療の対象の方（75歳以上など）</source>
        <translation>Người thuộc chế độ Y tế Người cao tuổi giai đoạn cuối (từ 75 tuổi …)</translation>
    </message>
    <message>
        <source>あなたの健康保険</source>
        <translation>Bảo hiểm y tế của bạn</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限</source>
        <translation>Hạn của thẻ My Number</translation>
    </message>
    <message>
        <source>電子証明書の有効期限</source>
        <translation>Hạn của chứng thư điện tử</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限（{date}）が過ぎています。新しいカードの申請（カードの更新）を、このあと窓口でご案内します。</source>
        <translation>Thẻ My Number của bạn đã hết hạn vào {date}. Tại quầy, chúng tôi sẽ hướng dẫn bạn đăng ký thẻ mới (gia hạn thẻ).</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限は{date}です。新しいカードの申請（カードの更新）が、いまからできます。</source>
        <translation>Thẻ My Number của bạn hết hạn vào {date}. Bạn có thể đăng ký thẻ mới (gia hạn thẻ) ngay từ bây giờ.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。電子証明書の更新を、このあと窓口でご案内します。</source>
        <translation>Chứng thư điện tử trên thẻ My Number của bạn đã hết hạn vào {date}. Tại quầy, chúng tôi sẽ hướng dẫn bạn gia hạn.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限は{date}です。期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。電子証明書の更新が、いまからできます。</source>
        <translation>Chứng thư điện tử trên thẻ My Number của bạn hết hạn vào {date}. Sau ngày đó, bạn không thể lấy giấy chứng nhận ở cửa hàng tiện lợi hay dùng thẻ làm thẻ bảo hiểm y tế. Bạn có thể gia hạn ngay từ bây giờ.</translation>
    </message>
    <message>
        <source>期限が切れています</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <source>3か月以内に切れます</source>
        <translation>hết hạn trong vòng 3 tháng</translation>
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
        <source>（選択中）</source>
        <translation> (đã chọn)</translation>
    </message>
    <message>
        <source>濁点</source>
        <translation>Dấu dakuten</translation>
    </message>
    <message>
        <source>半濁点</source>
        <translation>Dấu handakuten</translation>
    </message>
    <message>
        <source>小さい文字</source>
        <translation>Chữ nhỏ</translation>
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
    <message>
        <source>今日より後の日付は入力できません</source>
        <translation>Không thể nhập ngày sau hôm nay</translation>
    </message>
    <message>
        <source>このカードでは暗証番号を使えません</source>
        <translation>Không thể dùng mã PIN với thẻ này</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。職員を呼びました。そのままお待ちください</source>
        <translation>Không thể in đơn. Đã gọi nhân viên. Xin vui lòng chờ tại đây</translation>
    </message>
    <message>
        <source>カードに書かれていることが違います。もう一度確かめてください</source>
        <translation>Thông tin không khớp với nội dung in trên thẻ. Vui lòng kiểm tra lại</translation>
    </message>
    <message>
        <source>生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します</source>
        <translation>Vui lòng kiểm tra ngày sinh. Chọn niên hiệu, rồi nhập năm, tháng, ngày, mỗi mục 2 chữ số</translation>
    </message>
    <message>
        <source>有効期限の年を確かめてください（西暦4けた）</source>
        <translation>Vui lòng kiểm tra năm hết hạn (4 chữ số, dương lịch)</translation>
    </message>
    <message>
        <source>セキュリティコードは数字4けたです</source>
        <translation>Mã bảo mật gồm 4 chữ số</translation>
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
        <source>カードに書かれていることの入力がロックされています</source>
        <translation>Việc nhập thông tin in trên thẻ đã bị khóa</translation>
    </message>
    <message>
        <source>間違いが続いたため、この方法では読み取れなくなりました。市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。本人確認書類をお持ちください。</source>
        <translation>Do nhập sai nhiều lần, không thể đọc thẻ bằng cách này nữa. Tại quầy thẻ My Number tầng 1 Tòa thị chính, nhân viên sẽ xác minh danh tính và mở khóa cho bạn. Hãy mang theo giấy tờ tùy thân.</translation>
    </message>
    <message>
        <source>このカードには暗証番号がありません（顔認証マイナンバーカード）。</source>
        <translation>Thẻ này không có mã PIN (thẻ My Number xác thực bằng khuôn mặt).</translation>
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
        <source>あてはまるものを すべて選んでください</source>
        <translation>Hãy chọn tất cả các mục phù hợp</translation>
    </message>
    <message>
        <source>元</source>
        <translation>1</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>Tiếp theo</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>昨日</source>
        <translation>Hôm qua</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n} năm</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>Ngày {d} tháng {m} năm {y}</translation>
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
        <source>番号札を印刷できませんでした。この番号でお呼びします</source>
        <translation>Không thể in phiếu số. Chúng tôi sẽ gọi bạn theo số này</translation>
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
        <source>印刷できませんでした</source>
        <translation>Không thể in</translation>
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
        <source>職員が向かっています。そのままお待ちください</source>
        <translation>Nhân viên đang đến. Xin vui lòng chờ tại đây</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>Sẽ quay về màn hình đầu sau {n} giây nếu không thao tác</translation>
    </message>
    <message>
        <source>暗証番号がわからない方</source>
        <translation>Tôi không nhớ mã PIN</translation>
    </message>
    <message>
        <source>マイナンバーカードの暗証番号（数字4けた）</source>
        <translation>Mã PIN thẻ My Number (4 chữ số)</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力も、間違いが続いたため使えなくなりました。</source>
        <translation>Do nhập sai nhiều lần, việc nhập thông tin in trên thẻ cũng đã bị khóa.</translation>
    </message>
    <message>
        <source>① 生年月日</source>
        <translation>① Ngày sinh</translation>
    </message>
    <message>
        <source>住所の下に「昭和55年 2月17日生」のように書かれています。元号を選び、年・月・日を2けたずつ入力してください（例: 550217）</source>
        <translation>Được in dưới địa chỉ, ví dụ 「昭和55年 2月17日生」. Chọn niên hiệu, rồi nhập năm, tháng, ngày, mỗi mục 2 chữ số (ví dụ: 550217)</translation>
    </message>
    <message>
        <source>② カードの有効期限の年</source>
        <translation>② Năm hết hạn của thẻ</translation>
    </message>
    <message>
        <source>「2035年 2月17日まで有効」のように書かれています。その年を西暦4けたで入力してください</source>
        <translation>Được in như 「2035年 2月17日まで有効」. Hãy nhập năm đó, 4 chữ số</translation>
    </message>
    <message>
        <source>③ セキュリティコード</source>
        <translation>③ Mã bảo mật</translation>
    </message>
    <message>
        <source>顔写真の下に書かれている数字4けたを入力してください</source>
        <translation>Hãy nhập 4 chữ số in dưới ảnh</translation>
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
        <translation>Hình minh họa thẻ</translation>
    </message>
    <message>
        <source>残り回数: {n}回</source>
        <translation>Số lần còn lại: {n}</translation>
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
        <translation>Hướng dẫn bằng giọng nói: bật</translation>
    </message>
    <message>
        <source>音声案内: 使えません（音声エンジンがありません）</source>
        <translation>Hướng dẫn bằng giọng nói: không dùng được (không có công cụ đọc)</translation>
    </message>
    <message>
        <source>音声案内: この言語の音声がありません</source>
        <translation>Hướng dẫn bằng giọng nói: không có giọng cho ngôn ngữ này</translation>
    </message>
    <message>
        <source>順番待ちの状態</source>
        <translation>Trạng thái hàng chờ</translation>
    </message>
    <message>
        <source>送信できない記録</source>
        <translation>Hồ sơ không gửi được</translation>
    </message>
    <message>
        <source>順番待ち: 共有</source>
        <translation>Hàng chờ: dùng chung</translation>
    </message>
    <message>
        <source>順番待ち: オフライン（この端末の番号で発行）</source>
        <translation>Hàng chờ: ngoại tuyến (số do máy này cấp)</translation>
    </message>
    <message>
        <source>送信できない記録: {n}件（職員が確認します）</source>
        <translation>Hồ sơ không gửi được: {n} (nhân viên sẽ kiểm tra)</translation>
    </message>
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
