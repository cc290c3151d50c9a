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
        <source>みらい市</source>
        <translation>미라이시</translation>
    </message>
    <message>
        <source>転入（市外から引っ越してきた）</source>
        <translation>시외에서 이사 옴(전입)</translation>
    </message>
    <message>
        <source>日中に連絡のつく電話番号</source>
        <translation>낮에 연락 가능한 전화번호</translation>
    </message>
    <message>
        <source>国外から引っ越してきましたか（国外からの転入）</source>
        <translation>해외에서 이사 오셨습니까 (국외로부터의 전입)</translation>
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
        <source>届け出る方（あなた）の立場</source>
        <translation>신고하는 분(본인)의 입장</translation>
    </message>
    <message>
        <source>本人（引っ越す方）</source>
        <translation>본인(이사하는 분)</translation>
    </message>
    <message>
        <source>世帯主（家族の分を届け出る）</source>
        <translation>세대주(가족의 신고를 대신함)</translation>
    </message>
    <message>
        <source>代理人（委任状が必要）</source>
        <translation>대리인(위임장 필요)</translation>
    </message>
    <message>
        <source>世帯について</source>
        <translation>세대에 대하여</translation>
    </message>
    <message>
        <source>新しい世帯をつくる（全部転入）</source>
        <translation>새 세대를 만든다(전부 전입)</translation>
    </message>
    <message>
        <source>市内にある世帯に入る（一部転入）</source>
        <translation>시내에 있는 세대에 들어간다(일부 전입)</translation>
    </message>
    <message>
        <source>世帯主はあなたですか</source>
        <translation>본인이 세대주입니까?</translation>
    </message>
    <message>
        <source>世帯主の氏名</source>
        <translation>세대주 성명</translation>
    </message>
    <message>
        <source>世帯主から見たあなたの続柄（妻、子、父、同居人など）</source>
        <translation>세대주와의 관계(처, 자녀, 부, 동거인 등)</translation>
    </message>
    <message>
        <source>世帯主の国籍</source>
        <translation>세대주의 국적</translation>
    </message>
    <message>
        <source>日本</source>
        <translation>일본</translation>
    </message>
    <message>
        <source>日本以外</source>
        <translation>일본 이외</translation>
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
        <source>前の市区町村で要介護・要支援の認定を受けていましたか</source>
        <translation>이전 시구정촌에서 요개호·요지원 인정을 받았습니까?</translation>
    </message>
    <message>
        <source>印鑑登録をしますか</source>
        <translation>인감 등록을 하시겠습니까?</translation>
    </message>
    <message>
        <source>登録する印鑑の氏名の表記</source>
        <translation>등록할 인감의 이름 표기</translation>
    </message>
    <message>
        <source>氏名（在留カードの表記）</source>
        <translation>이름 (재류카드의 표기)</translation>
    </message>
    <message>
        <source>通称</source>
        <translation>통칭</translation>
    </message>
    <message>
        <source>氏名のカタカナ表記</source>
        <translation>이름의 가타카나 표기</translation>
    </message>
    <message>
        <source>印鑑に使う氏名のカタカナ表記</source>
        <translation>인감에 사용할 이름의 가타카나 표기</translation>
    </message>
    <message>
        <source>転出（市外へ引っ越す）</source>
        <translation>시외로 이사(전출)</translation>
    </message>
    <message>
        <source>引っ越す日（予定日）</source>
        <translation>이사하는 날(예정일)</translation>
    </message>
    <message>
        <source>引っ越し先の住所</source>
        <translation>이사할 곳의 주소</translation>
    </message>
    <message>
        <source>みらい市で印鑑登録をしていますか</source>
        <translation>미라이시에 인감 등록을 했습니까?</translation>
    </message>
    <message>
        <source>みらい市から児童手当を受け取っていますか</source>
        <translation>미라이시로부터 아동수당을 받고 있습니까?</translation>
    </message>
    <message>
        <source>出生（子どもが生まれた）</source>
        <translation>출생(아이가 태어남)</translation>
    </message>
    <message>
        <source>お子さんの氏名（姓と名の間は全角空白）</source>
        <translation>자녀 성명(성과 이름 사이는 전각 공백)</translation>
    </message>
    <message>
        <source>お子さんの氏名のフリガナ（全角カタカナ）</source>
        <translation>자녀 성명의 읽는 법(전각 가타카나)</translation>
    </message>
    <message>
        <source>生まれた日</source>
        <translation>태어난 날</translation>
    </message>
    <message>
        <source>お子さんの性別</source>
        <translation>자녀 성별</translation>
    </message>
    <message>
        <source>男</source>
        <translation>남자</translation>
    </message>
    <message>
        <source>女</source>
        <translation>여자</translation>
    </message>
    <message>
        <source>生まれたところ（病院名と所在地）</source>
        <translation>태어난 곳(병원명과 소재지)</translation>
    </message>
    <message>
        <source>お子さんとのご関係（届出人）</source>
        <translation>자녀와의 관계(신고인)</translation>
    </message>
    <message>
        <source>父</source>
        <translation>아버지</translation>
    </message>
    <message>
        <source>母</source>
        <translation>어머니</translation>
    </message>
    <message>
        <source>もう一人の親の氏名</source>
        <translation>다른 쪽 부모의 성명</translation>
    </message>
    <message>
        <source>おくやみ（家族が亡くなった）</source>
        <translation>사망(가족이 돌아가심)</translation>
    </message>
    <message>
        <source>亡くなった方の氏名</source>
        <translation>돌아가신 분의 성명</translation>
    </message>
    <message>
        <source>亡くなった方の氏名のフリガナ</source>
        <translation>돌아가신 분 성명의 읽는 법(가타카나)</translation>
    </message>
    <message>
        <source>亡くなった方の生年月日</source>
        <translation>돌아가신 분의 생년월일</translation>
    </message>
    <message>
        <source>亡くなった日</source>
        <translation>돌아가신 날</translation>
    </message>
    <message>
        <source>亡くなった方とのご関係</source>
        <translation>돌아가신 분과의 관계</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>배우자</translation>
    </message>
    <message>
        <source>子</source>
        <translation>자녀</translation>
    </message>
    <message>
        <source>父母</source>
        <translation>부모</translation>
    </message>
    <message>
        <source>兄弟姉妹</source>
        <translation>형제자매</translation>
    </message>
    <message>
        <source>亡くなった方の健康保険</source>
        <translation>돌아가신 분의 건강보험</translation>
    </message>
    <message>
        <source>勤務先の健康保険</source>
        <translation>직장 건강보험</translation>
    </message>
    <message>
        <source>亡くなった方は世帯主でしたか</source>
        <translation>돌아가신 분이 세대주였습니까?</translation>
    </message>
    <message>
        <source>世帯に残る方の人数</source>
        <translation>세대에 남는 인원수</translation>
    </message>
    <message>
        <source>亡くなった方は印鑑登録をしていましたか</source>
        <translation>돌아가신 분이 인감 등록을 했습니까?</translation>
    </message>
    <message>
        <source>あなたが葬儀を行いましたか（喪主）</source>
        <translation>본인이 장례를 치렀습니까?(상주)</translation>
    </message>
    <message>
        <source>葬儀の日</source>
        <translation>장례일</translation>
    </message>
    <message>
        <source>振込先口座（金融機関・支店・種別・口座番号）</source>
        <translation>입금 계좌(금융기관·지점·종류·계좌번호)</translation>
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
        <source>妊娠しているのはどなたですか</source>
        <translation>임신하신 분은 누구입니까</translation>
    </message>
    <message>
        <source>わたし（カードの本人）</source>
        <translation>나(카드 본인)</translation>
    </message>
    <message>
        <source>一緒に手続きする家族</source>
        <translation>함께 수속하는 가족</translation>
    </message>
    <message>
        <source>妊娠している方の氏名（一緒に手続きする家族のうち）</source>
        <translation>임신하신 분의 성명(함께 수속하는 가족 중)</translation>
    </message>
    <message>
        <source>介護を受ける方はどなたですか</source>
        <translation>돌봄을 받으실 분은 누구입니까</translation>
    </message>
    <message>
        <source>家族（親など）</source>
        <translation>가족(부모 등)</translation>
    </message>
    <message>
        <source>介護を受ける方（氏名、フリガナ、生年月日、性別、あなたから見た続柄）</source>
        <translation>돌봄을 받으실 분(성명, 후리가나, 생년월일, 성별, 본인과의 관계)</translation>
    </message>
    <message>
        <source>介護を受ける方の住所（あなたと同じなら空欄）</source>
        <translation>돌봄을 받으실 분의 주소(본인과 같으면 공란)</translation>
    </message>
    <message>
        <source>罹災証明書交付申請</source>
        <translation>이재증명서 발급 신청</translation>
    </message>
    <message>
        <source>防災危機管理課</source>
        <translation>방재위기관리과</translation>
    </message>
    <message>
        <source>被災者支援窓口</source>
        <translation>이재민 지원 창구</translation>
    </message>
    <message>
        <source>被害状況の写真（あれば）</source>
        <translation>피해 상황 사진(있는 경우)</translation>
    </message>
    <message>
        <source>被災者生活再建支援金の支給申請</source>
        <translation>이재민 생활재건 지원금 지급 신청</translation>
    </message>
    <message>
        <source>福祉課</source>
        <translation>복지과</translation>
    </message>
    <message>
        <source>罹災証明書</source>
        <translation>이재증명서</translation>
    </message>
    <message>
        <source>振込先口座のわかるもの</source>
        <translation>입금 계좌를 알 수 있는 것(통장·현금카드 등)</translation>
    </message>
    <message>
        <source>応急修理の実施申請</source>
        <translation>주택 응급수리 신청</translation>
    </message>
    <message>
        <source>建築課</source>
        <translation>건축과</translation>
    </message>
    <message>
        <source>修理見積書</source>
        <translation>수리 견적서</translation>
    </message>
    <message>
        <source>応急仮設住宅の入居申請</source>
        <translation>응급 가설주택 입주 신청</translation>
    </message>
    <message>
        <source>災害弔慰金の支給申請</source>
        <translation>재해 조위금 지급 신청</translation>
    </message>
    <message>
        <source>死亡診断書の写し</source>
        <translation>사망진단서 사본</translation>
    </message>
    <message>
        <source>災害障害見舞金の支給申請</source>
        <translation>재해 장해 위문금 지급 신청</translation>
    </message>
    <message>
        <source>診断書</source>
        <translation>진단서</translation>
    </message>
    <message>
        <source>災害援護資金の貸付申請</source>
        <translation>재해 원호자금 대출 신청</translation>
    </message>
    <message>
        <source>世帯全員の所得証明書</source>
        <translation>세대원 전원의 소득증명서</translation>
    </message>
    <message>
        <source>連帯保証人の書類（必要な場合）</source>
        <translation>연대보증인 서류(필요한 경우)</translation>
    </message>
    <message>
        <source>国民健康保険 資格取得届</source>
        <translation>국민건강보험 자격취득(가입) 신고</translation>
    </message>
    <message>
        <source>保険年金課</source>
        <translation>보험연금과</translation>
    </message>
    <message>
        <source>3番窓口</source>
        <translation>3번 창구</translation>
    </message>
    <message>
        <source>本人確認書類（マイナンバーカード）</source>
        <translation>본인 확인 서류(마이넘버 카드)</translation>
    </message>
    <message>
        <source>前の健康保険の資格喪失証明書（社会保険をやめた方）</source>
        <translation>이전 건강보험의 자격상실 증명서(사회보험을 그만둔 분)</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）</source>
        <translation>재류카드 (또는 특별영주자증명서)</translation>
    </message>
    <message>
        <source>国民健康保険 資格喪失届</source>
        <translation>국민건강보험 자격상실 신고</translation>
    </message>
    <message>
        <source>国民健康保険の資格確認書（お持ちの方）</source>
        <translation>국민건강보험 자격확인서(소지한 분)</translation>
    </message>
    <message>
        <source>国民年金 被保険者関係届（住所変更・資格取得）</source>
        <translation>국민연금 피보험자 관계 신고(주소 변경·자격취득)</translation>
    </message>
    <message>
        <source>4番窓口</source>
        <translation>4번 창구</translation>
    </message>
    <message>
        <source>基礎年金番号がわかるもの（年金手帳・基礎年金番号通知書）</source>
        <translation>기초연금번호를 알 수 있는 것(연금수첩·기초연금번호 통지서)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格取得（転入）届</source>
        <translation>후기고령자 의료 자격취득(전입) 신고</translation>
    </message>
    <message>
        <source>5番窓口</source>
        <translation>5번 창구</translation>
    </message>
    <message>
        <source>前住所地の負担区分等証明書</source>
        <translation>이전 주소지의 부담구분 등 증명서</translation>
    </message>
    <message>
        <source>葬祭費支給申請</source>
        <translation>장제비 지급 신청</translation>
    </message>
    <message>
        <source>葬儀の領収書または会葬礼状（喪主の確認できるもの）</source>
        <translation>장례 영수증 또는 조문 답례장(상주를 확인할 수 있는 것)</translation>
    </message>
    <message>
        <source>後期高齢者医療 資格喪失届</source>
        <translation>후기고령자 의료 자격상실 신고</translation>
    </message>
    <message>
        <source>後期高齢者医療の資格確認書</source>
        <translation>후기고령자 의료 자격확인서</translation>
    </message>
    <message>
        <source>要介護・要支援認定申請</source>
        <translation>요개호·요지원 인정 신청</translation>
    </message>
    <message>
        <source>介護保険課</source>
        <translation>개호보험과</translation>
    </message>
    <message>
        <source>9番窓口</source>
        <translation>9번 창구</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <translation>개호보험 피보험자증</translation>
    </message>
    <message>
        <source>主治医の氏名・医療機関がわかるもの</source>
        <translation>주치의 성명·의료기관을 알 수 있는 것</translation>
    </message>
    <message>
        <source>要介護・要支援更新認定申請</source>
        <translation>요개호·요지원 갱신 인정 신청</translation>
    </message>
    <message>
        <source>要介護・要支援状態区分変更認定申請</source>
        <translation>요개호·요지원 상태 구분 변경 인정 신청</translation>
    </message>
    <message>
        <source>住所移転後の要介護・要支援認定申請</source>
        <translation>주소 이전 후 요개호·요지원 인정 신청</translation>
    </message>
    <message>
        <source>前住所地で交付された受給資格証明書</source>
        <translation>이전 주소지에서 발급받은 수급자격 증명서</translation>
    </message>
    <message>
        <source>居宅（介護予防）サービス計画作成依頼届出</source>
        <translation>재택(개호예방) 서비스 계획 작성 의뢰 신고</translation>
    </message>
    <message>
        <source>介護保険負担限度額認定申請</source>
        <translation>개호보험 부담한도액 인정 신청</translation>
    </message>
    <message>
        <source>預貯金の通帳の写し</source>
        <translation>예금 통장 사본</translation>
    </message>
    <message>
        <source>介護保険被保険者証の再交付申請</source>
        <translation>개호보험 피보험자증 재발급 신청</translation>
    </message>
    <message>
        <source>介護保険 資格喪失届</source>
        <translation>개호보험 자격상실 신고</translation>
    </message>
    <message>
        <source>児童手当 認定請求</source>
        <translation>아동수당 인정 청구</translation>
    </message>
    <message>
        <source>子育て支援課</source>
        <translation>육아지원과</translation>
    </message>
    <message>
        <source>6番窓口</source>
        <translation>6번 창구</translation>
    </message>
    <message>
        <source>請求者名義の振込先口座のわかるもの</source>
        <translation>청구인 명의의 입금 계좌를 알 수 있는 것(통장·현금카드 등)</translation>
    </message>
    <message>
        <source>請求者の健康保険の資格情報</source>
        <translation>청구인의 건강보험 자격 정보(자격확인서 등)</translation>
    </message>
    <message>
        <source>児童手当 額改定請求</source>
        <translation>아동수당 금액 변경 청구</translation>
    </message>
    <message>
        <source>児童手当 住所変更等の届出</source>
        <translation>아동수당 주소 변경 등 신고</translation>
    </message>
    <message>
        <source>児童手当 受給事由消滅届</source>
        <translation>아동수당 수급사유 소멸 신고</translation>
    </message>
    <message>
        <source>子ども医療費 受給資格登録申請</source>
        <translation>어린이 의료비 지원 수급자격 등록 신청</translation>
    </message>
    <message>
        <source>子の健康保険の資格情報</source>
        <translation>자녀의 건강보험 자격 정보(자격확인서 등)</translation>
    </message>
    <message>
        <source>妊娠の届出</source>
        <translation>임신 신고</translation>
    </message>
    <message>
        <source>子育て支援課（保健センター）</source>
        <translation>육아지원과(보건센터)</translation>
    </message>
    <message>
        <source>7番窓口</source>
        <translation>7번 창구</translation>
    </message>
    <message>
        <source>妊娠の診断を受けた医療機関名がわかるもの</source>
        <translation>임신 진단을 받은 의료기관명을 알 수 있는 것</translation>
    </message>
    <message>
        <source>委任状（妊娠している方以外が届け出る場合）</source>
        <translation>위임장(임신하신 분 이외의 분이 신고하는 경우)</translation>
    </message>
    <message>
        <source>保育施設等の利用申込（支給認定申請）</source>
        <translation>보육시설 등 이용 신청(지급 인정 신청)</translation>
    </message>
    <message>
        <source>保育課</source>
        <translation>보육과</translation>
    </message>
    <message>
        <source>8番窓口</source>
        <translation>8번 창구</translation>
    </message>
    <message>
        <source>保護者の就労証明書</source>
        <translation>보호자의 취업 증명서</translation>
    </message>
    <message>
        <source>転入届</source>
        <translation>전입 신고</translation>
    </message>
    <message>
        <source>市民課</source>
        <translation>시민과</translation>
    </message>
    <message>
        <source>1番窓口</source>
        <translation>1번 창구</translation>
    </message>
    <message>
        <source>前住所地の転出証明書（マイナンバーカードによる転出の場合は不要）</source>
        <translation>이전 주소지의 전출증명서(마이넘버 카드로 전출한 경우 불필요)</translation>
    </message>
    <message>
        <source>委任状（代理人が届け出る場合）</source>
        <translation>위임장(대리인이 신고하는 경우)</translation>
    </message>
    <message>
        <source>転出届</source>
        <translation>전출 신고</translation>
    </message>
    <message>
        <source>転居届</source>
        <translation>전거 신고(시내 이사)</translation>
    </message>
    <message>
        <source>マイナンバーカード 継続利用・券面記載事項変更届</source>
        <translation>마이넘버 카드 계속 이용·기재사항 변경 신고</translation>
    </message>
    <message>
        <source>2番窓口</source>
        <translation>2번 창구</translation>
    </message>
    <message>
        <source>在留カード（または特別永住者証明書）: 転入する方全員の分</source>
        <translation>재류카드 (또는 특별영주자증명서): 전입하는 분 전원의 것</translation>
    </message>
    <message>
        <source>パスポート（転入する方全員の分）</source>
        <translation>여권 (전입하는 분 전원의 것)</translation>
    </message>
    <message>
        <source>戸籍謄本と戸籍の附票（本籍地が市外の方）</source>
        <translation>호적등본과 호적 부표 (본적지가 시 외인 분)</translation>
    </message>
    <message>
        <source>続柄を証する文書（婚姻証明書・出生証明書など）と日本語の訳文（訳者の氏名と訳した日の入ったもの）</source>
        <translation>가족관계를 증명하는 서류 (혼인증명서·출생증명서 등)와 일본어 번역문 (번역자 이름과 번역 날짜가 있는 것)</translation>
    </message>
    <message>
        <source>対象者全員のマイナンバーカード</source>
        <translation>대상자 전원의 마이넘버 카드</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <translation>카드 비밀번호</translation>
    </message>
    <message>
        <source>印鑑登録申請</source>
        <translation>인감 등록 신청</translation>
    </message>
    <message>
        <source>登録する印鑑</source>
        <translation>등록할 도장(인감)</translation>
    </message>
    <message>
        <source>印鑑登録廃止申請</source>
        <translation>인감 등록 폐지 신청</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）</source>
        <translation>인감등록증(카드)</translation>
    </message>
    <message>
        <source>住民票の写し等交付請求</source>
        <translation>주민표 사본 등 발급 청구</translation>
    </message>
    <message>
        <source>証明書窓口</source>
        <translation>증명서 창구</translation>
    </message>
    <message>
        <source>印鑑登録証明書交付申請</source>
        <translation>인감등록증명서 발급 신청</translation>
    </message>
    <message>
        <source>印鑑登録証（カード）またはマイナンバーカード</source>
        <translation>인감등록증(카드) 또는 마이넘버 카드</translation>
    </message>
    <message>
        <source>出生届</source>
        <translation>출생 신고</translation>
    </message>
    <message>
        <source>市民課（戸籍係）</source>
        <translation>시민과(호적계)</translation>
    </message>
    <message>
        <source>戸籍窓口</source>
        <translation>호적 창구</translation>
    </message>
    <message>
        <source>出生証明書（医師・助産師の記入済み）</source>
        <translation>출생증명서(의사·조산사 기재 완료)</translation>
    </message>
    <message>
        <source>母子健康手帳</source>
        <translation>모자건강수첩</translation>
    </message>
    <message>
        <source>届出人の本人確認書類</source>
        <translation>신고인의 본인 확인 서류(마이넘버 카드·재류카드 등)</translation>
    </message>
    <message>
        <source>世帯主変更届</source>
        <translation>세대주 변경 신고</translation>
    </message>
    <message>
        <source>所得・課税証明書交付申請</source>
        <translation>소득·과세증명서 발급 신청</translation>
    </message>
    <message>
        <source>税務課</source>
        <translation>세무과</translation>
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
        <source>介護（要介護認定など）</source>
        <translation>개호(요개호 인정 등)</translation>
    </message>
    <message>
        <source>介護の認定について、どの申請ですか</source>
        <translation>개호 인정에 관해 어떤 신청을 하십니까?</translation>
    </message>
    <message>
        <source>はじめての申請</source>
        <translation>첫 신청</translation>
    </message>
    <message>
        <source>更新の申請</source>
        <translation>갱신 신청</translation>
    </message>
    <message>
        <source>状態が変わった（区分変更）</source>
        <translation>상태가 바뀜(구분 변경)</translation>
    </message>
    <message>
        <source>認定の申請はしない</source>
        <translation>인정 신청은 하지 않음</translation>
    </message>
    <message>
        <source>いま困っていること・体の状態</source>
        <translation>지금 어려운 점·몸 상태</translation>
    </message>
    <message>
        <source>主治医（医療機関名・医師名）</source>
        <translation>주치의(의료기관명·의사 이름)</translation>
    </message>
    <message>
        <source>ケアプランの作成をケアマネジャーに依頼しますか</source>
        <translation>케어매니저에게 케어플랜 작성을 의뢰하시겠습니까?</translation>
    </message>
    <message>
        <source>依頼する居宅介護支援事業所</source>
        <translation>의뢰할 재택개호지원사업소</translation>
    </message>
    <message>
        <source>施設の食費・居住費の軽減（負担限度額認定）を申請しますか</source>
        <translation>시설 식비·거주비 경감(부담한도액 인정)을 신청하시겠습니까?</translation>
    </message>
    <message>
        <source>介護保険証をなくしたり、汚したりしましたか（再交付）</source>
        <translation>개호보험증을 잃어버리거나 더럽혔습니까?(재발급)</translation>
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
    <message>
        <source>電子証明書の更新</source>
        <translation>전자증명서 갱신</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>마이넘버카드</translation>
    </message>
    <message>
        <source>カードの暗証番号（利用者証明用 数字4桁・署名用 英数字6〜16桁）</source>
        <translation>카드 비밀번호(이용자 증명용: 숫자 4자리, 서명용: 영숫자 6~16자리)</translation>
    </message>
    <message>
        <source>マイナンバーカードの更新（交付申請）</source>
        <translation>마이넘버카드 갱신(새 카드 교부 신청)</translation>
    </message>
    <message>
        <source>いまお持ちのマイナンバーカード</source>
        <translation>현재 가지고 계신 마이넘버카드</translation>
    </message>
    <message>
        <source>顔写真（縦4.5cm×横3.5cm、6か月以内に撮影したもの）</source>
        <translation>얼굴 사진(세로 4.5cm × 가로 3.5cm, 6개월 이내 촬영)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>手続き案内票</source>
        <translation>절차 안내표</translation>
    </message>
    <message>
        <source>手続き・担当窓口</source>
        <translation>절차·담당 창구</translation>
    </message>
    <message>
        <source>この手続きが必要な理由</source>
        <translation>이 절차가 필요한 이유</translation>
    </message>
    <message>
        <source>お持ちいただくもの</source>
        <translation>가져오실 것</translation>
    </message>
    <message>
        <source>手数料</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>{name}&#x3000;様</source>
        <translation>{name} 님</translation>
    </message>
    <message>
        <source>ご用件：{event}&#x3000;&#x3000;手続きの数：{count}</source>
        <translation>용건: {event}&#x3000;&#x3000;절차 수: {count}</translation>
    </message>
    <message>
        <source>手数料の合計&#x3000;{amount}</source>
        <translation>수수료 합계&#x3000;{amount}</translation>
    </message>
    <message>
        <source>{amount}円</source>
        <translation>{amount}엔</translation>
    </message>
    <message>
        <source>無料</source>
        <translation>무료</translation>
    </message>
    <message>
        <source>番号の順に窓口へお進みください。申請書はすべて記入済みです。内容を確認し、署名だけをお願いします。</source>
        <translation>번호 순서대로 창구로 가 주세요. 신청서는 모두 작성되어 있습니다. 내용을 확인하고 서명만 해 주세요.</translation>
    </message>
    <message>
        <source>手続き案内票&#x3000;書かないワンストップ窓口</source>
        <translation>절차 안내표&#x3000;쓰지 않아도 되는 원스톱 창구</translation>
    </message>
    <message>
        <source>{municipality}&#x3000;受付番号票</source>
        <translation>{municipality}&#x3000;접수 번호표</translation>
    </message>
    <message>
        <source>お待ちの目安：約{minutes}分</source>
        <translation>예상 대기 시간: 약 {minutes}분</translation>
    </message>
    <message>
        <source>本日の手続き</source>
        <translation>오늘의 절차</translation>
    </message>
    <message>
        <source>番号が呼ばれたら、表示された窓口へお越しください。</source>
        <translation>번호가 호출되면 표시된 창구로 와 주세요.</translation>
    </message>
    <message>
        <source>{event}のときに必要な手続きです</source>
        <translation>{event}의 경우 필요한 절차입니다</translation>
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
        <source>{n}人</source>
        <translation>{n}명</translation>
    </message>
    <message>
        <source>{n}歳</source>
        <translation>{n}세</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>年齢</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>住所が市内</source>
        <translation>이 시에 거주</translation>
    </message>
    <message>
        <source>18歳未満の子</source>
        <translation>18세 미만 자녀</translation>
    </message>
    <message>
        <source>亡くなった方の年齢</source>
        <translation>돌아가신 분의 나이</translation>
    </message>
    <message>
        <source>国民健康保険に加入する方</source>
        <translation>국민건강보험에 가입하는 분</translation>
    </message>
    <message>
        <source>後期高齢者医療の対象の方（75歳以上など）</source>
        <translation>후기고령자 의료 대상자(75세 이상 등)</translation>
    </message>
    <message>
        <source>あなたの健康保険</source>
        <translation>본인의 건강보험</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限</source>
        <translation>마이넘버카드 유효기간</translation>
    </message>
    <message>
        <source>電子証明書の有効期限</source>
        <translation>전자증명서 유효기간</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限（{date}）が過ぎています。新しいカードの申請（カードの更新）を、このあと窓口でご案内します。</source>
        <translation>마이넘버카드의 유효기간({date})이 지났습니다. 새 카드 신청(카드 갱신)은 이후 창구에서 안내해 드립니다.</translation>
    </message>
    <message>
        <source>マイナンバーカードの有効期限は{date}です。新しいカードの申請（カードの更新）が、いまからできます。</source>
        <translation>마이넘버카드의 유효기간은 {date}입니다. 지금부터 새 카드 신청(카드 갱신)을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限（{date}）が過ぎています。電子証明書の更新を、このあと窓口でご案内します。</source>
        <translation>마이넘버카드 전자증명서의 유효기간({date})이 지났습니다. 전자증명서 갱신은 이후 창구에서 안내해 드립니다.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書の有効期限は{date}です。期限が過ぎるとコンビニ交付やマイナ保険証が使えなくなります。電子証明書の更新が、いまからできます。</source>
        <translation>마이넘버카드 전자증명서의 유효기간은 {date}입니다. 기간이 지나면 편의점 증명서 발급과 마이나 보험증을 사용할 수 없습니다. 지금부터 전자증명서를 갱신할 수 있습니다.</translation>
    </message>
    <message>
        <source>期限が切れています</source>
        <translation>기간이 지났습니다</translation>
    </message>
    <message>
        <source>3か月以内に切れます</source>
        <translation>3개월 이내에 만료됩니다</translation>
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
        <source>（選択中）</source>
        <translation> (선택됨)</translation>
    </message>
    <message>
        <source>濁点</source>
        <translation>탁점</translation>
    </message>
    <message>
        <source>半濁点</source>
        <translation>반탁점</translation>
    </message>
    <message>
        <source>小さい文字</source>
        <translation>작은 글자</translation>
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
    <message>
        <source>今日より後の日付は入力できません</source>
        <translation>오늘 이후의 날짜는 입력할 수 없습니다</translation>
    </message>
    <message>
        <source>このカードでは暗証番号を使えません</source>
        <translation>이 카드는 비밀번호를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>申請書を印刷できませんでした。職員を呼びました。そのままお待ちください</source>
        <translation>신청서를 인쇄하지 못했습니다. 직원을 불렀습니다. 그대로 기다려 주십시오</translation>
    </message>
    <message>
        <source>カードに書かれていることが違います。もう一度確かめてください</source>
        <translation>카드에 인쇄된 내용과 다릅니다. 다시 확인해 주세요</translation>
    </message>
    <message>
        <source>生年月日を確かめてください。元号を選び、年・月・日を2けたずつ入力します</source>
        <translation>생년월일을 확인해 주세요. 연호를 고르고 연·월·일을 2자리씩 입력합니다</translation>
    </message>
    <message>
        <source>有効期限の年を確かめてください（西暦4けた）</source>
        <translation>유효기간의 연도를 확인해 주세요(서기 4자리)</translation>
    </message>
    <message>
        <source>セキュリティコードは数字4けたです</source>
        <translation>보안 코드는 숫자 4자리입니다</translation>
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
        <source>カードに書かれていることの入力がロックされています</source>
        <translation>카드에 인쇄된 내용의 입력이 잠겼습니다</translation>
    </message>
    <message>
        <source>間違いが続いたため、この方法では読み取れなくなりました。市役所1階のマイナンバーカード窓口で、職員が本人確認をしてロックを解除します。本人確認書類をお持ちください。</source>
        <translation>잘못된 입력이 계속되어 이 방법으로는 읽을 수 없게 되었습니다. 시청 1층 마이넘버카드 창구에서 직원이 본인 확인 후 잠금을 해제해 드립니다. 본인 확인 서류를 지참해 주세요.</translation>
    </message>
    <message>
        <source>このカードには暗証番号がありません（顔認証マイナンバーカード）。</source>
        <translation>이 카드에는 비밀번호가 없습니다(얼굴 인증 마이넘버카드).</translation>
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
        <source>あてはまるものを すべて選んでください</source>
        <translation>해당하는 것을 모두 선택해 주세요</translation>
    </message>
    <message>
        <source>元</source>
        <translation>원</translation>
    </message>
    <message>
        <source>年</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>次へ</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>昨日</source>
        <translation>어제</translation>
    </message>
    <message>
        <source>{n}年</source>
        <translation>{n}년</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}년 {m}월 {d}일</translation>
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
        <source>番号札を印刷できませんでした。この番号でお呼びします</source>
        <translation>번호표를 인쇄하지 못했습니다. 이 번호로 불러 드리겠습니다</translation>
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
        <source>印刷できませんでした</source>
        <translation>인쇄하지 못했습니다</translation>
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
        <source>職員が向かっています。そのままお待ちください</source>
        <translation>직원이 가고 있습니다. 그대로 기다려 주십시오</translation>
    </message>
    <message>
        <source>操作がないと {n} 秒で最初に戻ります</source>
        <translation>조작이 없으면 {n}초 후 처음으로 돌아갑니다</translation>
    </message>
    <message>
        <source>暗証番号がわからない方</source>
        <translation>비밀번호를 모르는 분</translation>
    </message>
    <message>
        <source>マイナンバーカードの暗証番号（数字4けた）</source>
        <translation>마이넘버 카드 비밀번호 (숫자 4자리)</translation>
    </message>
    <message>
        <source>カードに書かれていることの入力も、間違いが続いたため使えなくなりました。</source>
        <translation>잘못된 입력이 계속되어 카드에 인쇄된 내용의 입력도 사용할 수 없게 되었습니다.</translation>
    </message>
    <message>
        <source>① 生年月日</source>
        <translation>① 생년월일</translation>
    </message>
    <message>
        <source>住所の下に「昭和55年 2月17日生」のように書かれています。元号を選び、年・月・日を2けたずつ入力してください（例: 550217）</source>
        <translation>주소 아래에 「昭和55年 2月17日生」처럼 인쇄되어 있습니다. 연호를 고르고 연·월·일을 2자리씩 입력해 주세요(예: 550217)</translation>
    </message>
    <message>
        <source>② カードの有効期限の年</source>
        <translation>② 카드 유효기간의 연도</translation>
    </message>
    <message>
        <source>「2035年 2月17日まで有効」のように書かれています。その年を西暦4けたで入力してください</source>
        <translation>「2035年 2月17日まで有効」처럼 인쇄되어 있습니다. 그 연도를 서기 4자리로 입력해 주세요</translation>
    </message>
    <message>
        <source>③ セキュリティコード</source>
        <translation>③ 보안 코드</translation>
    </message>
    <message>
        <source>顔写真の下に書かれている数字4けたを入力してください</source>
        <translation>사진 아래에 인쇄된 숫자 4자리를 입력해 주세요</translation>
    </message>
    <message>
        <source>令和</source>
        <translation>令和
레이와</translation>
    </message>
    <message>
        <source>平成</source>
        <translation>平成
헤이세이</translation>
    </message>
    <message>
        <source>昭和</source>
        <translation>昭和
쇼와</translation>
    </message>
    <message>
        <source>大正</source>
        <translation>大正
다이쇼</translation>
    </message>
    <message>
        <source>カードの絵</source>
        <translation>카드 그림</translation>
    </message>
    <message>
        <source>残り回数: {n}回</source>
        <translation>남은 횟수: {n}회</translation>
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
        <translation>음성 안내: 켜짐</translation>
    </message>
    <message>
        <source>音声案内: 使えません（音声エンジンがありません）</source>
        <translation>음성 안내: 사용할 수 없음 (음성 엔진 없음)</translation>
    </message>
    <message>
        <source>音声案内: この言語の音声がありません</source>
        <translation>음성 안내: 이 언어의 음성이 없습니다</translation>
    </message>
    <message>
        <source>順番待ちの状態</source>
        <translation>대기열 상태</translation>
    </message>
    <message>
        <source>送信できない記録</source>
        <translation>보낼 수 없는 기록</translation>
    </message>
    <message>
        <source>順番待ち: 共有</source>
        <translation>대기열: 공유됨</translation>
    </message>
    <message>
        <source>順番待ち: オフライン（この端末の番号で発行）</source>
        <translation>대기열: 오프라인 (이 단말기의 번호로 발행)</translation>
    </message>
    <message>
        <source>送信できない記録: {n}件（職員が確認します）</source>
        <translation>보낼 수 없는 기록: {n}건 (직원이 확인합니다)</translation>
    </message>
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
