<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/processing/provider.py" line="20" />
        <source>Zoning Review</source>
        <translation>分区管控审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="210" />
        <source>Bind a rule set to a unit layer, then draw a candidate site.</source>
        <translation>先将规则集绑定到管控单元图层，再绘制拟选址地块。</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="69" />
        <source>Show or hide the Zoning Review panel</source>
        <translation>显示或隐藏分区管控审查面板</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="192" />
        <source>&amp;Zoning Review</source>
        <translation>分区管控审查(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="24" />
        <source>Zoning Review — ecological-environment zoning control</source>
        <translation>分区管控审查——生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="138" />
        <source>The file {file} does not exist.</source>
        <translation>文件 {file} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="164" />
        <source>Row {row} has no unit code and was skipped.</source>
        <translation>第 {row} 行没有单元编码，已跳过。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="171" />
        <source>Unit {code} appears again in row {row}; its rules were added with a numbered id.</source>
        <translation>单元 {code} 在第 {row} 行再次出现；其条款已按带序号的编号添加。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="284" />
        <source>industry is not given</source>
        <translation>未提供行业</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="285" />
        <source>industry code {industry} is not in GB/T 4754-2017</source>
        <translation>行业代码 {industry} 不在 GB/T 4754-2017 中</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="343" />
        <source>industry {industry} matches {code}</source>
        <translation>行业 {industry} 属于 {code}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="344" />
        <source>industry {industry} is less specific than {codes}</source>
        <translation>行业代码 {industry}，分类层级比以下代码粗，无法判定：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="345" />
        <source>industry {industry} does not match {codes}</source>
        <translation>行业 {industry} 不属于 {codes}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="293" />
        <source>construction nature is not given</source>
        <translation>未提供建设性质</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="346" />
        <source>construction nature {value} is one of {expected}</source>
        <translation>建设性质为 {value}，属于 {expected} 之一</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="347" />
        <source>construction nature {value} is not one of {expected}</source>
        <translation>建设性质为 {value}，不属于 {expected} 中的任何一种</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="348" />
        <source>project is not listed in the Industrial Structure Adjustment Catalogue</source>
        <translation>项目未列入《产业结构调整指导目录》</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="349" />
        <source>catalogue class {value} is one of {expected}</source>
        <translation>目录类别为 {value}，属于 {expected} 之一</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="350" />
        <source>catalogue class {value} is not one of {expected}</source>
        <translation>目录类别为 {value}，不属于 {expected} 中的任何一类</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="300" />
        <source>{attribute} is not given</source>
        <translation>未提供 {attribute}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="90" />
        <source>{attribute} is {value} {unit}; rule: {op} {limit}</source>
        <translation>{attribute} 为 {value} {unit}；条款要求：{op} {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="303" />
        <source>{attribute} value {value} is not yes or no</source>
        <translation>{attribute} 的取值“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="351" />
        <source>{attribute} is yes</source>
        <translation>{attribute}：是</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="352" />
        <source>{attribute} is no</source>
        <translation>{attribute}：否</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="353" />
        <source>layer {layer} is not bound to a map layer, so the site's position to it is unknown</source>
        <translation>图层 {layer} 未绑定到地图图层，无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="89" />
        <source>site lies inside {layer}</source>
        <translation>选址位于 {layer} 范围内</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="92" />
        <source>site is not entirely inside {layer}</source>
        <translation>选址未完全位于 {layer} 范围内</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="93" />
        <source>site overlaps {layer} ({area} m²)</source>
        <translation>选址与 {layer} 重叠（{area} m²）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="94" />
        <source>site does not overlap {layer}</source>
        <translation>选址与 {layer} 不重叠</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="101" />
        <source>no feature of {layer} lies within {limit} m of the site</source>
        <translation>选址周边 {limit} m 范围内无 {layer} 要素</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="102" />
        <source>site is {distance} m from {layer}, rule limit {limit} m</source>
        <translation>选址距 {layer} {distance} m，条款限值 {limit} m</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="305" />
        <source>unit attribute {field} is not given</source>
        <translation>未提供单元属性 {field}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="320" />
        <source>unit attribute {field} value {value} is not a number</source>
        <translation>单元属性 {field} 的取值“{value}”不是数值</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="92" />
        <source>unit attribute {field} is {value}; rule: {op} {limit}</source>
        <translation>单元属性 {field} 为 {value}；条款要求：{op} {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="371" />
        <source>expression {expression} cannot be evaluated: {problem}</source>
        <translation>无法计算表达式 {expression}：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="88" />
        <source>expression {expression} is true</source>
        <translation>表达式 {expression} 成立</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="88" />
        <source>expression {expression} is false</source>
        <translation>表达式 {expression} 不成立</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="110" />
        <source>Line {line}: “{text}” has {count} values; write “x, y” or “name, x, y”, one point a line.</source>
        <translation>第 {line} 行：“{text}”含 {count} 个值；请按“x, y”或“点名, x, y”格式书写，每行一个点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="171" />
        <source>No coordinates found: paste one point a line, as “x, y” or “J1, x, y”.</source>
        <translation>未找到坐标：请每行粘贴一个点，格式为“x, y”或“J1, x, y”。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="191" />
        <source>Site</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="211" />
        <source>The [地块坐标] block holds no parcel: each parcel starts with a header line ending in “@”, followed by lines “点号,圈号,X,Y”.</source>
        <translation>[地块坐标] 段中没有地块：每个地块以一行以“@”结尾的标题行开始，其后为“点号,圈号,X,Y”格式的点行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="228" />
        <source>Line {line}: a point comes before any parcel header; a parcel starts with a line ending in “@”.</source>
        <translation>第 {line} 行：该点出现在任何地块标题行之前；地块应以一行以“@”结尾的标题行开始。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="232" />
        <source>Line {line}: “{text}” is not a point line “点号,圈号,X,Y”.</source>
        <translation>第 {line} 行：“{text}”不是“点号,圈号,X,Y”格式的点行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="237" />
        <source>Line {line}: the ring number (圈号) “{ring}” must be 1 for the outer boundary or 2, 3 … for holes.</source>
        <translation>第 {line} 行：圈号“{ring}”无效，外边界须为 1，内环（洞）须为 2、3……。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="307" />
        <source>Parcel {parcel} (line {line}) has no outer ring (圈号 1).</source>
        <translation>地块 {parcel}（第 {line} 行）没有外环（圈号 1）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="106" />
        <source>longitudes and latitudes: CGCS2000 geographic</source>
        <translation>经纬度：CGCS2000 地理坐标系</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="126" />
        <source>projected coordinates without a zone number: choose the Gauss-Krüger CRS by hand.</source>
        <translation>投影坐标未带带号：请手动选择高斯-克吕格坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="129" />
        <source>zone {zone} is not a {width}° Gauss-Krüger zone over China: choose the CRS by hand.</source>
        <translation>第 {zone} 带不是覆盖中国的 {width}° 分带高斯-克吕格投影带：请手动选择坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="131" />
        <source>{width}° Gauss-Krüger zone {zone} ({datum})</source>
        <translation>{width}° 分带高斯-克吕格第 {zone} 带（{datum}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="37" />
        <source>Parcel {parcel}, ring {ring} (lines {first}–{last}) crosses itself near x={x:.2f}, y={y:.2f}: check the order of its points.</source>
        <translation>地块 {parcel} 第 {ring} 圈（第 {first}–{last} 行）在 x={x:.2f}, y={y:.2f} 附近自相交：请检查点的顺序。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="46" />
        <source>Parcel {parcel} (line {line}) is not a valid polygon ({error}): holes (圈号 2, 3 …) must lie inside the outer ring.</source>
        <translation>地块 {parcel}（第 {line} 行）不是有效的多边形（{error}）：内环（圈号 2、3……）必须位于外环之内。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="100" />
        <source>at {lon:.4f}°E, {lat:.4f}°N</source>
        <translation>东经 {lon:.4f}°、北纬 {lat:.4f}° 处</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="93" />
        <source>Point {name} (line {line}) lies {where} outside the area of use of {crs} ({west:.1f}–{east:.1f}°E, {south:.1f}–{north:.1f}°N): check the CRS and the zone number (带号), and whether X and Y are swapped.</source>
        <translation>点 {name}（第 {line} 行）位于{where}，超出 {crs}的适用范围（东经 {west:.1f}–{east:.1f}°，北纬 {south:.1f}–{north:.1f}°）：请检查坐标参考系和带号，以及 X、Y 是否颠倒。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="111" />
        <source>Choose the coordinate reference system of the coordinates.</source>
        <translation>请选择这些坐标所用的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="370" />
        <source>requirement from the unit layer's own text: check by hand</source>
        <translation>管控单元图层自带的管控要求文本：需人工核查</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="374" />
        <source>an exception applies</source>
        <translation>属除外情形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="375" />
        <source>an exception may apply</source>
        <translation>可能属除外情形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="376" />
        <source>the rule prohibits this</source>
        <translation>条款禁止此情形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="377" />
        <source>the project must meet this duty</source>
        <translation>项目须落实该要求</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="378" />
        <source>the rule allows this</source>
        <translation>条款允许此情形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="379" />
        <source>text-only rule: check by hand</source>
        <translation>仅文字条款：需人工核查</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="380" />
        <source>restricted: show by hand that the stated conditions are met</source>
        <translation>限制类条款：需人工论证满足所述条件</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="381" />
        <source>restricted: allowed only if</source>
        <translation>限制类条款：仅在满足以下条件时允许</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="382" />
        <source>restricted, and the conditions for allowing it are met</source>
        <translation>限制类条款，且满足允许条件</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="383" />
        <source>restricted, and the conditions for allowing it are not met</source>
        <translation>限制类条款，且不满足允许条件</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="50" />
        <source>The site geometry is invalid ({detail}); repaired for the computation</source>
        <translation>选址几何图形无效（{detail}）；已修复后参与计算</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/relations.py" line="52" />
        <source>Feature {fid} of {layer} has an invalid geometry ({detail}); repaired for the computation</source>
        <translation>{layer} 的要素 {fid} 几何图形无效（{detail}）；已修复后参与计算</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="66" />
        <source>The overlap of the site with feature {fid} of {layer} could not be computed: {detail}</source>
        <translation>无法计算选址与 {layer} 的要素 {fid} 的重叠部分：{detail}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="62" />
        <source>The ellipsoid {requested} is unknown; {used} was used</source>
        <translation>椭球 {requested} 未知；已改用 {used}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="110" />
        <source>The site has no geometry; nothing to review</source>
        <translation>选址没有几何图形；无可审查内容</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="67" />
        <source>The site geometry is not a polygon ({detail}); nothing to review</source>
        <translation>选址几何图形不是多边形（{detail}）；无可审查内容</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="68" />
        <source>The site geometry is invalid ({detail}) and nothing polygonal is left</source>
        <translation>选址几何图形无效（{detail}），修复后已无面状部分</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/engine.py" line="74" />
        <source>Field {field} not found in layer {layer}</source>
        <translation>图层 {layer} 中未找到字段 {field}</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/screen.py" line="110" />
        <source>Layer {layer} has no valid coordinate reference system</source>
        <translation>图层 {layer} 没有有效的坐标参考系</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/engine.py" line="98" />
        <source>No ellipsoid can be set up (tried {ellipsoid}); areas cannot be measured</source>
        <translation>无法设置椭球（已尝试 {ellipsoid}）；无法量算面积</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/crs_check.py" line="82" />
        <source>The site has no valid coordinate reference system</source>
        <translation>选址没有有效的坐标参考系</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/engine.py" line="264" />
        <source>The site could not be transformed to {crs}: {error}</source>
        <translation>无法将选址转换到 {crs}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_filter.py" line="38" />
        <source>The filter {where} of layer {layer} is invalid: {error}</source>
        <translation>图层 {layer} 的过滤条件 {where} 无效：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unusable.py" line="42" />
        <source>{count} features of {layer} have no geometry and were skipped: {fids}</source>
        <translation>{layer} 中有 {count} 个要素没有几何图形，已跳过：{fids}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="91" />
        <source>The site lies outside every control unit of the unit layer.</source>
        <translation>选址位于管控单元图层的所有管控单元之外。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="68" />
        <source>Rule set {id} expired on {date}: check for a newer version.</source>
        <translation>规则集 {id} 已于 {date} 失效：请检查是否有更新版本。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="55" />
        <source>{rule}: {reason}</source>
        <translation>{rule}：{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="71" />
        <source>No applicable clause conflicts or needs information.</source>
        <translation>所有适用条款均无冲突，也无需补充信息。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="174" />
        <source>{field} is not a real date: {value}.</source>
        <translation>{field} 不是有效日期：{value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="175" />
        <source>The expiry date {expiry} is before the effective date {effective}.</source>
        <translation>失效日期 {expiry} 早于生效日期 {effective}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="176" />
        <source>This rule set expired on {expiry}; check for a newer version.</source>
        <translation>本规则集已于 {expiry} 失效；请检查是否有更新版本。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="184" />
        <source>The kind {kind} has the name of a main category; choose another name.</source>
        <translation>类别 {kind} 与主要管控类别同名；请另取名称。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="185" />
        <source>The unit-layer value {value} is already mapped to kind {other}.</source>
        <translation>管控单元图层取值 {value} 已映射到类别 {other}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="188" />
        <source>The rule id {id} is used twice (first at line {first}).</source>
        <translation>条款编号 {id} 重复使用（首次出现在第 {first} 行）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="190" />
        <source>category: is only for rules of level category.</source>
        <translation>category: 仅适用于 level 为 category 的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="191" />
        <source>units: is only for rules of level unit.</source>
        <translation>units: 仅适用于 level 为 unit 的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="192" />
        <source>only_if: is only for rules with effect restrict.</source>
        <translation>only_if: 仅适用于 effect 为 restrict 的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="193" />
        <source>Unknown category {category}; use priority, key, general or a kind declared under kinds:.</source>
        <translation>未知管控类别 {category}；请使用 priority、key、general 或在 kinds: 下声明的类别。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="184" />
        <source>Unknown industry code {code}: it is not in GB/T 4754-2017. Use a section letter or a code such as C26 or 2614.</source>
        <translation>未知行业代码 {code}：不在 GB/T 4754-2017 中。请使用门类字母或 C26、2614 等代码。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="173" />
        <source>{value} is not allowed for {field}; use one of: {allowed}.</source>
        <translation>{field} 不允许取值 {value}；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checker.py" line="38" />
        <source>The attribute {name} is used but not declared under attributes:.</source>
        <translation>属性 {name} 已被使用，但未在 attributes: 下声明。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checker.py" line="39" />
        <source>The attribute {name} is declared as {declared} but used as {used}.</source>
        <translation>属性 {name} 声明为 {declared}，却按 {used} 使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="189" />
        <source>The comparison {op} needs a number attribute; {name} is {declared}.</source>
        <translation>比较运算 {op} 需要数值型属性；{name} 为 {declared} 类型。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="190" />
        <source>The value {value} does not fit attribute {name} of type {declared}.</source>
        <translation>取值 {value} 与 {declared} 类型的属性 {name} 不匹配。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="191" />
        <source>The layer {layer} is used but not declared under layers:.</source>
        <translation>图层 {layer} 已被使用，但未在 layers: 下声明。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="192" />
        <source>The filter expression is not valid: {problem}</source>
        <translation>过滤表达式无效：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="193" />
        <source>distance_m: is only for relation within.</source>
        <translation>distance_m: 仅适用于 relation 为 within 的情形。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="102" />
        <source>The expression is not valid: {problem}</source>
        <translation>表达式无效：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/loader.py" line="94" />
        <source>Rule {rule} names unit {code}, which the unit layer does not have.</source>
        <translation>条款 {rule} 指定了单元 {code}，但管控单元图层中没有该单元。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/loader.py" line="95" />
        <source>The layer {layer} is not bound to a map layer; rules that use it will need information.</source>
        <translation>图层 {layer} 未绑定到地图图层；使用该图层的条款将显示“需补充信息”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="130" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="130" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="164" />
        <source>The Python package jsonschema is missing, so rule sets cannot be checked. Install it: on Debian/Ubuntu 'apt install python3-jsonschema', elsewhere 'pip install jsonschema'.</source>
        <translation>缺少 Python 包 jsonschema，无法校验规则集。请安装：Debian/Ubuntu 上运行 'apt install python3-jsonschema'，其他系统运行 'pip install jsonschema'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="169" />
        <source>Required field {field} is missing under {parent}.</source>
        <translation>{parent} 下缺少必填字段 {field}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="170" />
        <source>Unknown field {field}; allowed here: {allowed}.</source>
        <translation>未知字段 {field}；此处允许的字段：{allowed}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="171" />
        <source>{field} must be text, not a number; put it in quotes: '{value}'.</source>
        <translation>{field} 必须是文本而不是数字；请加引号：'{value}'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="172" />
        <source>{field} must be {expected}, not {found}.</source>
        <translation>{field} 必须为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="174" />
        <source>{field} must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>{field} 必须是 YYYY-MM-DD 格式的日期，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="175" />
        <source>{value} is not a valid name for {field}: use letters, digits and _ (and . : - in ids), starting with a letter or digit.</source>
        <translation>{value} 不是 {field} 的有效名称：请使用字母、数字和 _（编号中还可使用 . : -），并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="179" />
        <source>{field} must not be empty.</source>
        <translation>{field} 不能为空。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="180" />
        <source>{field} must be greater than {limit}.</source>
        <translation>{field} 必须大于 {limit}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/schema.py" line="181" />
        <source>{field} is not valid: {problem}</source>
        <translation>{field} 无效：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/screen.py" line="95" />
        <source>The unit's geometry cannot be used ({detail}); it was not screened.</source>
        <translation>该单元的几何图形不可用（{detail}）；未对其进行筛查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/screen.py" line="98" />
        <source>Too many combinations of site positions ({count}) to screen this unit; review sites in it one by one.</source>
        <translation>选址位置组合过多（{count} 种），无法筛查该单元；请对其中的选址逐一审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="128" />
        <source>Siting screen</source>
        <translation>选址筛查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_task.py" line="78" />
        <source>The siting screen failed: {error}</source>
        <translation>选址筛查失败：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="56" />
        <source>Part of this unit lies {zone}, where rule {rule} prohibits the project.</source>
        <translation>该单元有部分区域{zone}，条款 {rule} 在该区域禁止本项目。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="57" />
        <source>Part of this unit lies {zone}, where rule {rule} needs more information or a check by hand.</source>
        <translation>该单元有部分区域{zone}，条款 {rule} 在该区域需补充信息或人工核查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="58" />
        <source>Whether rule {rule} bites depends on where in this unit the site lies.</source>
        <translation>条款 {rule} 是否起作用取决于选址在该单元内的具体位置。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="59" />
        <source>No applicable clause conflicts or needs information, wherever the site lies in this unit.</source>
        <translation>无论选址位于该单元内何处，所有适用条款均无冲突，也无需补充信息。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="60" />
        <source>within {distance} m of {layer}</source>
        <translation>距 {layer} {distance} m 以内</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="61" />
        <source>more than {distance} m from {layer}</source>
        <translation>距 {layer} 超过 {distance} m</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="62" />
        <source>in {layer}</source>
        <translation>位于 {layer} 内</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="63" />
        <source>outside {layer}</source>
        <translation>位于 {layer} 外</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="64" />
        <source>not wholly inside {layer}</source>
        <translation>未完全位于 {layer} 内</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/verdict.py" line="65" />
        <source>{first} and {second}</source>
        <translation>{first}且{second}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="288" />
        <source>The file is {size} bytes, more than the limit of {limit} bytes; check that it is a rule set, or split it.</source>
        <translation>文件大小为 {size} 字节，超过 {limit} 字节的上限；请确认其为规则集，或将其拆分。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="289" />
        <source>The file cannot be read: {problem}</source>
        <translation>无法读取文件：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="293" />
        <source>The file is not UTF-8 text (first bad byte at line {line}, column {column}); save it with UTF-8 encoding.</source>
        <translation>该文件不是 UTF-8 文本（首个错误字节位于第 {line} 行第 {column} 列）；请以 UTF-8 编码保存。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="294" />
        <source>The file is empty; a rule set needs metadata and rules.</source>
        <translation>文件为空；规则集需要包含 metadata 和 rules。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="295" />
        <source>The file is not valid YAML: {problem}. Check indentation, colons and quotes here.</source>
        <translation>文件不是有效的 YAML：{problem}。请检查此处的缩进、冒号和引号。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="296" />
        <source>The file is not valid YAML: {problem}.</source>
        <translation>文件不是有效的 YAML：{problem}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="302" />
        <source>The file is nested too deeply to be a rule set.</source>
        <translation>文件嵌套层级过深，不可能是规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="307" />
        <source>The top level of a rule set must be a mapping (format:, metadata:, rules: …), not {found}.</source>
        <translation>规则集的顶层必须是映射（format:、metadata:、rules: ……），而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="308" />
        <source>The file expands to more than {limit} values through anchors and aliases (an 'alias bomb'); write the rules out without nested aliases.</source>
        <translation>该文件经锚点和别名展开后超过 {limit} 个值（“别名炸弹”）；请直接写出条款，不要使用嵌套别名。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="312" />
        <source>The key {key} appears twice in the same mapping; keep only one.</source>
        <translation>键 {key} 在同一映射中出现了两次；请只保留一个。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/attribute_rows.py" line="44" />
        <source>The bound rule sets declare no project attributes.</source>
        <translation>已绑定的规则集未声明任何项目属性。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/attribute_rows.py" line="54" />
        <source>{label} ({unit})</source>
        <translation>{label}（{unit}）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="134" />
        <source>Not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="136" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="136" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="48" />
        <source>Rules and unit layer</source>
        <translation>规则与管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="217" />
        <source>Unit layer</source>
        <translation>管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="214" />
        <source>Unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="214" />
        <source>Unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="63" />
        <source>Unit category</source>
        <translation>管控类别</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="63" />
        <source>Rule sets (*.yaml *.yml)</source>
        <translation>规则集 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="42" />
        <source>Choose a rule set</source>
        <translation>选择规则集</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="201" />
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="81" />
        <source>Constraint layers</source>
        <translation>约束图层</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="100" />
        <source>Requirement text fields (optional)</source>
        <translation>管控要求文本字段（可选）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="115" />
        <source>Remove binding</source>
        <translation>解除绑定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="117" />
        <source>Forget the rule set bound to this unit layer</source>
        <translation>解除该管控单元图层与规则集的绑定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_messages.py" line="22" />
        <source>✔ Rule set {id} {version}: {count} rules</source>
        <translation>✔ 规则集 {id} {version}：共 {count} 条条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_messages.py" line="27" />
        <source>… and {count} more</source>
        <translation>……另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_messages.py" line="34" />
        <source>The rule set cannot be used; fix the file and choose it again:</source>
        <translation>规则集无法使用；请修正文件后重新选择：</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_messages.py" line="30" />
        <source>The rule set loads with warnings:</source>
        <translation>规则集已加载，但有警告：</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="375" />
        <source>Choose the polygon layer of the environmental control units.</source>
        <translation>请选择环境管控单元面图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="379" />
        <source>Bound. Unit layers bound in this project: {count}</source>
        <translation>已绑定。本项目中已绑定的管控单元图层：{count} 个</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="381" />
        <source>Not bound yet: choose a rule-set file.</source>
        <translation>尚未绑定：请选择规则集文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/constraint_rows.py" line="37" />
        <source>This rule set uses no constraint layers.</source>
        <translation>该规则集未使用约束图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/constraint_rows.py" line="48" />
        <source>Rule-set layer name: {name}</source>
        <translation>规则集中的图层名称：{name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="212" />
        <source>Draw a site, take a selected feature or import coordinates.</source>
        <translation>绘制选址、使用选中要素或导入坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="260" />
        <source>Reviewing the site…</source>
        <translation>正在审查选址……</translation>
    </message>
    <message>
        <location filename="../plugin/gui/draw_tool.py" line="103" />
        <source>A site needs at least 3 vertices: left-click to add them, right-click to finish.</source>
        <translation>选址至少需要 3 个顶点：左键单击添加顶点，右键单击完成。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="17" />
        <source>section</source>
        <translation>门类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="18" />
        <source>division</source>
        <translation>大类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="19" />
        <source>group</source>
        <translation>中类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="20" />
        <source>class</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="113" />
        <source>Not given: rules that name industries will need information.</source>
        <translation>未提供：涉及行业的条款将显示“需补充信息”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="116" />
        <source>“{text}” is not a GB/T 4754-2017 code: pick an entry from the list.</source>
        <translation>“{text}”不是 GB/T 4754-2017 代码：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="120" />
        <source>{name} ({level} of GB/T 4754-2017)</source>
        <translation>{name}（GB/T 4754-2017 {level}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="58" />
        <source>Compliant</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="35" />
        <source>Needs further study</source>
        <translation>需进一步论证</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="59" />
        <source>Non-compliant</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_output.py" line="109" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="76" />
        <source>Requirement</source>
        <translation>管控要求</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="46" />
        <source>Check by hand</source>
        <translation>人工核查</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="47" />
        <source>Exempted</source>
        <translation>属除外情形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="48" />
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="49" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="261" />
        <source>Spatial layout constraints</source>
        <translation>空间布局约束</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="262" />
        <source>Pollutant emission control</source>
        <translation>污染物排放管控</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="263" />
        <source>Environmental risk prevention</source>
        <translation>环境风险防控</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="264" />
        <source>Resource use efficiency</source>
        <translation>资源开发效率要求</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="60" />
        <source>Priority protection unit</source>
        <translation>优先保护单元</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="61" />
        <source>Key control unit</source>
        <translation>重点管控单元</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="62" />
        <source>General control unit</source>
        <translation>一般管控单元</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="70" />
        <source>Expansion (扩建)</source>
        <translation>扩建</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="71" />
        <source>Renovation (改建)</source>
        <translation>改建</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="72" />
        <source>Relocation (迁建)</source>
        <translation>迁建</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="73" />
        <source>Technical upgrade (技改)</source>
        <translation>技改</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="80" />
        <source>Encouraged (鼓励类)</source>
        <translation>鼓励类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="81" />
        <source>Restricted (限制类)</source>
        <translation>限制类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="82" />
        <source>Eliminated (淘汰类)</source>
        <translation>淘汰类</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="94" />
        <source>{m2} m² ({ha} ha)</source>
        <translation>{m2} m²（{ha} 公顷）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="107" />
        <source>Generate review notes…</source>
        <translation>生成审查意见……</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="118" />
        <source>Write the review notes of the current site</source>
        <translation>生成当前选址的审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="124" />
        <source>site</source>
        <translation>选址</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="141" />
        <source>Review a site before generating its notes.</source>
        <translation>请先审查选址，再生成审查意见。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="155" />
        <source>The notes could not be written to {path}: {error}</source>
        <translation>无法将审查意见写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="182" />
        <source>Review notes written: {files}</source>
        <translation>审查意见已写入：{files}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="32" />
        <source>Generate review notes</source>
        <translation>生成审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="38" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../plugin/notes/formats.py" line="10" />
        <source>Web page (HTML)</source>
        <translation>网页 (HTML)</translation>
    </message>
    <message>
        <location filename="../plugin/notes/formats.py" line="10" />
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="49" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="53" />
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="87" />
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="87" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="83" />
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="29" />
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="30" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="32" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="34" />
        <source>Construction</source>
        <translation>建设性质</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="36" />
        <source>Class in the Industrial Structure Adjustment Catalogue</source>
        <translation>《产业结构调整指导目录》类别</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="44" />
        <source>Catalogue class</source>
        <translation>目录类别</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="38" />
        <source>Attributes the rules ask for</source>
        <translation>条款所需属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="63" />
        <source>No site reviewed yet.</source>
        <translation>尚未审查任何选址。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="67" />
        <source>Verdict: {verdict}</source>
        <translation>结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="97" />
        <source>{status}: {rule}</source>
        <translation>{status}：{rule}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="163" />
        <source>{site} — {area}</source>
        <translation>{site}——{area}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="296" />
        <source>{unit}: {verdict}</source>
        <translation>{unit}：{verdict}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="309" />
        <source>{dimension} ({count})</source>
        <translation>{dimension}（{count}）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_runner.py" line="72" />
        <source>No unit layer is bound to a valid rule set: bind one under “Rules and unit layer” first.</source>
        <translation>没有管控单元图层绑定了有效的规则集：请先在“规则与管控单元图层”中进行绑定。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_task.py" line="46" />
        <source>Zoning review of the site</source>
        <translation>选址分区管控审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_task.py" line="68" />
        <source>The overlay failed unexpectedly: {error}</source>
        <translation>叠加分析意外失败：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="57" />
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="57" />
        <source>Draw the site on the map: left-click adds a vertex, right-click finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>在地图上绘制选址：左键单击添加顶点，右键单击完成，Backspace 删除最后一个顶点，Esc 取消</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="61" />
        <source>Selected</source>
        <translation>选中要素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="64" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="64" />
        <source>Paste or import a coordinate list or a 界址点 file</source>
        <translation>粘贴或导入坐标列表或界址点文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="67" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="67" />
        <source>Load the site from a vector file (shp, GeoJSON, KML, GPKG…)</source>
        <translation>从矢量文件加载选址（shp、GeoJSON、KML、GPKG……）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="69" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="69" />
        <source>Clear the site and its highlights</source>
        <translation>清除选址及其高亮显示</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="243" />
        <source>No site yet.</source>
        <translation>尚无选址。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="131" />
        <source>drawn on the map</source>
        <translation>在地图上绘制</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="138" />
        <source>Drawing cancelled.</source>
        <translation>已取消绘制。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="152" />
        <source>Load the site from a vector file</source>
        <translation>从矢量文件加载选址</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="152" />
        <source>Vector files ({patterns});;All files (*)</source>
        <translation>矢量文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="220" />
        <source>Site {origin}: {area}, {crs}</source>
        <translation>选址（{origin}）：{area}，{crs}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="96" />
        <source>The selected feature of {layer} has no geometry.</source>
        <translation>{layer} 中的选中要素没有几何图形。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="133" />
        <source>{file} holds no polygons: a site must be an area.</source>
        <translation>{file} 中没有多边形：选址必须是面状区域。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="135" />
        <source>{file} has no coordinate reference system (e.g. a missing .prj): add one, or import its coordinates with a chosen CRS.</source>
        <translation>{file} 没有坐标参考系（如缺少 .prj 文件）：请为其添加坐标参考系，或以选定的坐标参考系导入其坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="140" />
        <source>{file} has no polygon with a geometry.</source>
        <translation>{file} 中没有带几何图形的多边形。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="42" />
        <source>Review notes: ecological-environment zoning control</source>
        <translation>生态环境分区管控审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="52" />
        <source>The site (outline) over the control units it overlaps, coloured by verdict: red non-compliant, amber needs further study, green compliant</source>
        <translation>选址（轮廓线）及其叠加的管控单元，按结论着色：红色为不符合，琥珀色为需进一步论证，绿色为符合</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="64" />
        <source>Location map</source>
        <translation>位置图</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="85" />
        <source>Industry (GB/T 4754-2017)</source>
        <translation>行业（GB/T 4754-2017）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>Construction nature</source>
        <translation>建设性质</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="90" />
        <source>Industrial Structure Adjustment Catalogue</source>
        <translation>《产业结构调整指导目录》</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="178" />
        <source>Access list</source>
        <translation>准入清单</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="27" />
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="106" />
        <source>Organisation</source>
        <translation>审查单位</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="107" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="108" />
        <source>Overall verdict</source>
        <translation>总体结论</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="162" />
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="162" />
        <source>{m2} m² = {ha} ha = {mu} mu</source>
        <translation>{m2} m² = {ha} 公顷 = {mu} 亩</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="166" />
        <source>Centroid (CGCS2000, EPSG:4490)</source>
        <translation>中心点（CGCS2000，EPSG:4490）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="166" />
        <source>longitude {lon}°, latitude {lat}°</source>
        <translation>经度 {lon}°，纬度 {lat}°</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="170" />
        <source>Boundary points</source>
        <translation>界址点</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="170" />
        <source>{count} (listed in the appendix)</source>
        <translation>{count} 个（见附录）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="172" />
        <source>Areas measured on</source>
        <translation>面积量算基准</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="179" />
        <source>Overlapped environmental control units</source>
        <translation>涉及的环境管控单元</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="189" />
        <source>Boundary touches (overlap below the tolerance; not reviewed):</source>
        <translation>边界相接（重叠面积低于容差；未审查）：</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="194" />
        <source>Constraint layers:</source>
        <translation>约束图层：</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="214" />
        <source>Category</source>
        <translation>管控类别</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="224" />
        <source>Overlap (m²)</source>
        <translation>重叠面积（m²）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="201" />
        <source>Share of site</source>
        <translation>占选址面积比例</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="191" />
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="224" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="224" />
        <source>Position of the site</source>
        <translation>选址位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="224" />
        <source>Distance to nearest feature</source>
        <translation>与最近要素的距离</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="263" />
        <source>Layer not bound: position unknown</source>
        <translation>图层未绑定：位置关系未知</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="279" />
        <source>Inside</source>
        <translation>位于范围内</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="280" />
        <source>Overlapping</source>
        <translation>部分重叠</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="281" />
        <source>Outside</source>
        <translation>位于范围外</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="291" />
        <source>No matching feature</source>
        <translation>无匹配要素</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="292" />
        <source>{distance} m</source>
        <translation>{distance} m</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="300" />
        <source>Data-quality warnings</source>
        <translation>数据质量警告</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="32" />
        <source>Clause-by-clause findings</source>
        <translation>逐条审查结果</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="32" />
        <source>Each unit the site overlaps is checked against every clause of the access list at the general, category and unit levels, in each of the four dimensions.</source>
        <translation>对选址叠加的每个管控单元，按四个维度逐条对照生态环境准入清单中总体、管控类别和单元三个层级的全部条款进行核查。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="48" />
        <source>Category: {category}. Verdict: {verdict}. {total} clauses: {conflicts} in conflict, {info} needing information, {manual} to check by hand.</source>
        <translation>管控类别：{category}。结论：{verdict}。共 {total} 条条款：{conflicts} 条冲突，{info} 条需补充信息，{manual} 条需人工核查。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="76" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="65" />
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="76" />
        <source>Effect</source>
        <translation>管控方式</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="65" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="65" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="87" />
        <source>No clause at this level</source>
        <translation>该层级无条款</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="116" />
        <source>Basis: {basis}</source>
        <translation>依据：{basis}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="121" />
        <source>Missing: {items}</source>
        <translation>缺少：{items}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="124" />
        <source>(decisive)</source>
        <translation>（决定性）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="149" />
        <source>{rule} (units {units})</source>
        <translation>{rule}（单元 {units}）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="156" />
        <source>Items to confirm by hand</source>
        <translation>需人工核实的事项</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="160" />
        <source>No clause needs a manual check.</source>
        <translation>没有需要人工核查的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="166" />
        <source>Information needed</source>
        <translation>需补充信息</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="169" />
        <source>No clause is waiting for information.</source>
        <translation>没有待补充信息的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="171" />
        <source>Missing information</source>
        <translation>待补充信息</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="32" />
        <source>Conclusion: {verdict}</source>
        <translation>结论：{verdict}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="40" />
        <source>Deciding clauses:</source>
        <translation>决定性条款：</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="44" />
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="51" />
        <source>At least one applicable clause prohibits the project at this site, or its conditions for allowing it are not met.</source>
        <translation>至少有一条适用条款禁止本项目在该选址建设，或本项目不满足其允许条件。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="57" />
        <source>No clause was found in conflict, but some clauses need more information or a manual check before the site can be judged compliant.</source>
        <translation>未发现存在冲突的条款，但部分条款需补充信息或经人工核查后，方可判定该选址符合要求。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="59" />
        <source>No applicable clause conflicts with the project, and none needs information.</source>
        <translation>本项目与所有适用条款均无冲突，且无需补充信息。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="65" />
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="82" />
        <source>Plan type</source>
        <translation>规划类型</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="82" />
        <source>Plan name</source>
        <translation>规划名称</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="82" />
        <source>Compliance analysis</source>
        <translation>符合性分析</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="82" />
        <source>Compliance conclusion</source>
        <translation>符合性结论</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="93" />
        <source>Ecological-environment zoning control</source>
        <translation>生态环境分区管控</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="96" />
        <source>Summary for the EIA report</source>
        <translation>环评报告引用摘要</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="102" />
        <source>Ecological-environment access list</source>
        <translation>生态环境准入清单</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="109" />
        <source>The proposed site lies in the {category} {name} (code {code}), covering {share} of the site. It was checked against {count} clauses at the general, category and unit levels.</source>
        <translation>项目拟选址位于{category}“{name}”（编码 {code}），占拟选址地块面积的 {share}。已对照总体、管控类别和单元三个层级共 {count} 条条款进行核查。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="128" />
        <source>Clauses in conflict: {rules}.</source>
        <translation>存在冲突的条款：{rules}。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="130" />
        <source>Clauses needing information or a manual check: {rules}.</source>
        <translation>需补充信息或人工核查的条款：{rules}。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="150" />
        <source>The project is not among the projects the clauses prohibit or restrict.</source>
        <translation>本项目不属于相关条款禁止或限制的项目。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="165" />
        <source>Warning: the rule set expired on {date}; check for a newer version before relying on these notes.</source>
        <translation>警告：规则集已于 {date} 失效；采用本审查意见前，请检查是否有更新版本。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="173" />
        <source>Provenance</source>
        <translation>数据来源与版本</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="104" />
        <source>Rule-set id</source>
        <translation>规则集编号</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="203" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="204" />
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="205" />
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="206" />
        <source>Expires</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="207" />
        <source>Sources</source>
        <translation>依据文件</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="208" />
        <source>Rule file</source>
        <translation>规则文件</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="209" />
        <source>SHA-256 of the rule file</source>
        <translation>规则文件 SHA-256 校验值</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="219" />
        <source>Unit features</source>
        <translation>单元要素数</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="220" />
        <source>Unit layer CRS</source>
        <translation>管控单元图层坐标参考系</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="221" />
        <source>Ellipsoid</source>
        <translation>椭球</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="222" />
        <source>Zoning Review version</source>
        <translation>分区管控审查插件版本</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="223" />
        <source>QGIS version</source>
        <translation>QGIS 版本</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="230" />
        <source>X is northing and Y easting in {grid} (CGCS2000 3-degree Gauss-Krüger); longitude and latitude in EPSG:4490.</source>
        <translation>X 为 {grid}（CGCS2000 3 度带高斯-克吕格投影）中的北向坐标，Y 为东向坐标；经纬度采用 EPSG:4490。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="233" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="233" />
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="233" />
        <source>Ring</source>
        <translation>圈号</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="233" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="233" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="240" />
        <source>Only the first {shown} of {total} points are listed.</source>
        <translation>共 {total} 个点，仅列出前 {shown} 个。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="242" />
        <source>Appendix: boundary points</source>
        <translation>附录：界址点坐标</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="64" />
        <source>Unknown notes format {format}</source>
        <translation>未知的审查意见格式 {format}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="129" />
        <source>Review notes</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="191" />
        <source>Notes</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="247" />
        <source>The findings table must be a .csv or .xlsx file: {path}</source>
        <translation>审查结果表必须是 .csv 或 .xlsx 文件：{path}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="258" />
        <source>The findings table {path} could not be written: {error}</source>
        <translation>无法写入审查结果表 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="44" />
        <source>Requirement to meet</source>
        <translation>须落实的要求</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="83" />
        <source>Prohibit</source>
        <translation>禁止</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="84" />
        <source>Restrict</source>
        <translation>限制</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="85" />
        <source>Require</source>
        <translation>应当</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="86" />
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="87" />
        <source>Text only</source>
        <translation>仅文字</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="95" />
        <source>General requirements</source>
        <translation>总体准入要求</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="96" />
        <source>Category requirements</source>
        <translation>管控类别准入要求</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="97" />
        <source>Unit requirements</source>
        <translation>单元准入要求</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="135" />
        <source>New construction</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="136" />
        <source>Expansion</source>
        <translation>扩建</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="137" />
        <source>Renovation</source>
        <translation>改建</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="138" />
        <source>Relocation</source>
        <translation>迁建</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="139" />
        <source>Technical upgrade</source>
        <translation>技改</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="147" />
        <source>Encouraged class</source>
        <translation>鼓励类</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="148" />
        <source>Restricted class</source>
        <translation>限制类</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="149" />
        <source>Eliminated class</source>
        <translation>淘汰类</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="154" />
        <source>Not listed</source>
        <translation>未列入</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="180" />
        <source>Industry (GB/T 4754-2017 code)</source>
        <translation>行业（GB/T 4754-2017 代码）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="197" />
        <source>unit attribute {field}</source>
        <translation>单元属性 {field}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="89" />
        <source>The layout template {path} cannot be read</source>
        <translation>无法读取布局模板 {path}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="98" />
        <source>The layout template {path} is not a valid template</source>
        <translation>布局模板 {path} 不是有效的模板</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="147" />
        <source>The layout template has no item with the id 'body' that marks where the notes body goes</source>
        <translation>布局模板中没有 id 为 'body' 的项，无法确定审查意见正文的位置</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="182" />
        <source>The notes would run over more than {pages} pages</source>
        <translation>审查意见将超过 {pages} 页</translation>
    </message>
    <message>
        <location filename="../plugin/notes/pdf_flow.py" line="140" />
        <source>The body area of the layout template is too small: a line of the notes needs more than the {height} mm there are</source>
        <translation>布局模板的正文区域太小：审查意见的一行文字所需高度超过现有的 {height} 毫米</translation>
    </message>
    <message>
        <location filename="../plugin/notes/pdf_flow.py" line="192" />
        <source>The notes body could not be laid out completely: a table on page {page} shows {shown} of its {rows} rows</source>
        <translation>审查意见正文无法完整排版：第 {page} 页的表格只能显示其 {rows} 行中的 {shown} 行</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_renderer.py" line="138" />
        <source>The PDF {path} could not be written (error {code})</source>
        <translation>无法写入 PDF 文件 {path}（错误 {code}）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="36" />
        <source>Zoning review</source>
        <translation>分区管控审查</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="53" />
        <source>Import access-list table</source>
        <translation>导入准入清单表格</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="36" />
        <source>Rule sets</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="97" />
        <source>Sheet name</source>
        <translation>工作表名称</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="100" />
        <source>Column mapping (role=header; …)</source>
        <translation>列映射（role=header; …）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="106" />
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="56" />
        <source>Rule set (YAML)</source>
        <translation>规则集（YAML）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="119" />
        <source>Number of rules</source>
        <translation>条款数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="120" />
        <source>Number of units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="152" />
        <source>{rules} text rules for {units} units written to {path}.</source>
        <translation>已将 {units} 个单元的 {rules} 条仅文字条款写入 {path}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Reviews every candidate site against the environmental control units it overlaps and the ecological-environment access list (rule set) of each unit: general, category and unit-level requirements in the four dimensions.</source>
        <translation>对照每个拟选址地块所叠加的环境管控单元及各单元的生态环境准入清单（规则集）进行审查：涵盖四个维度的总体、管控类别和单元层级准入要求。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="18" />
        <source>unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="18" />
        <source>unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="19" />
        <source>unit category</source>
        <translation>管控类别</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="136" />
        <source>Layer {layer}: could not find the {what} field; choose it in the algorithm's parameters.</source>
        <translation>图层 {layer}：找不到{what}字段；请在算法参数中指定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="98" />
        <source>No rule set: choose a rule-set file, or bind one to the unit layer in the Zoning Review panel.</source>
        <translation>未指定规则集：请选择规则集文件，或在分区管控审查面板中为管控单元图层绑定规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="102" />
        <source>Rule-set file {path} does not exist.</source>
        <translation>规则集文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="72" />
        <source>The rule set {path} has errors:
{messages}</source>
        <translation>规则集 {path} 存在错误：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="316" />
        <source>The rule set uses the layer {layer}, but no constraint layer is bound to it: rules that need it will report 'needs information'.</source>
        <translation>规则集使用了图层 {layer}，但没有约束图层与之绑定：需要该图层的条款将显示“需补充信息”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="89" />
        <source>Choose a folder for the review notes.</source>
        <translation>请选择审查意见的保存文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="126" />
        <source>Writing review notes for site {site}</source>
        <translation>正在生成选址 {site} 的审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="206" />
        <source>Notes for site {site} could not be written: {error}</source>
        <translation>无法写入选址 {site} 的审查意见：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="172" />
        <source>The control unit layer could not be opened.</source>
        <translation>无法打开管控单元图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="82" />
        <source>No site field for the rule-set attribute {name}: rules that use it will need information. Map it in 'Attribute fields'.</source>
        <translation>规则集属性 {name} 没有对应的选址字段：使用该属性的条款将显示“需补充信息”。请在“属性字段对应”中进行映射。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="245" />
        <source>The output layers could not be created.</source>
        <translation>无法创建输出图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="146" />
        <source>Cancelled after {n} of {total} sites.</source>
        <translation>已取消：共 {total} 个选址，已完成 {n} 个。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="36" />
        <source>Site {site}: {warning}</source>
        <translation>选址 {site}：{warning}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="42" />
        <source>Site {site} was not reviewed: {reason}</source>
        <translation>选址 {site} 未审查：{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="54" />
        <source>{site}: {verdict} — units {units} — {reason}</source>
        <translation>{site}：{verdict}——单元 {units}——{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="63" />
        <source>Review sites</source>
        <translation>选址审查</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="86" />
        <source>Candidate sites</source>
        <translation>拟选址地块</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="137" />
        <source>Control unit layer</source>
        <translation>管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="145" />
        <source>Unit code field (detected when empty, e.g. HJGKDYBM)</source>
        <translation>单元编码字段（留空则自动识别，如 HJGKDYBM）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="145" />
        <source>Unit name field (detected when empty, e.g. HJGKDYMC)</source>
        <translation>单元名称字段（留空则自动识别，如 HJGKDYMC）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="145" />
        <source>Unit category field (detected when empty, e.g. ZHGKDYFL)</source>
        <translation>管控类别字段（留空则自动识别，如 ZHGKDYFL）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="94" />
        <source>Site id field (default: the feature id)</source>
        <translation>选址编号字段（默认：要素 ID）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="110" />
        <source>Site or project name field</source>
        <translation>选址或项目名称字段</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="110" />
        <source>Industry field (GB/T 4754-2017 code)</source>
        <translation>行业字段（GB/T 4754-2017 代码）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="110" />
        <source>Construction nature field (新建/扩建/改建/迁建/技改)</source>
        <translation>建设性质字段（新建/扩建/改建/迁建/技改）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="110" />
        <source>Industrial catalogue class field (鼓励类/限制类/淘汰类)</source>
        <translation>产业目录类别字段（鼓励类/限制类/淘汰类）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="126" />
        <source>Language of reasons and notes</source>
        <translation>理由和审查意见的语言</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="181" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="181" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="129" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="132" />
        <source>Folder for the review notes</source>
        <translation>审查意见文件夹</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="134" />
        <source>Findings (site × unit)</source>
        <translation>审查结果（选址 × 单元）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="136" />
        <source>Summary (one row per site)</source>
        <translation>汇总（每个选址一行）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="58" />
        <source>Siting screen: where in the unit layer could the described project go at all? Every control unit is evaluated against the rule set as if the site lay wholly inside it.</source>
        <translation>选址筛查：所述项目在管控单元图层中究竟能布设在哪些位置？假定选址完全位于每个管控单元之内，逐一按规则集对各管控单元进行评估。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="128" />
        <source>One row per unit with its verdict, reasons and counts, styled by verdict.</source>
        <translation>每个单元一行，包含结论、理由和计数，按结论设置样式。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="130" />
        <source>Rule zones</source>
        <translation>条款作用区域</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="130" />
        <source>The parts of units where a distance or inside rule decides the outcome.</source>
        <translation>单元中由距离类或包含类条款决定结果的部分。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="150" />
        <source>Leave empty to use the panel's binding or a detected field.</source>
        <translation>留空则使用面板中的绑定或自动识别的字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="165" />
        <source>Industry (GB/T 4754-2017 code, e.g. C2614)</source>
        <translation>行业（GB/T 4754-2017 代码，如 C2614）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="165" />
        <source>The project's industry code.</source>
        <translation>项目的行业代码。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>新建 (new)</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>扩建 (expansion)</source>
        <translation>扩建</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>改建 (renovation)</source>
        <translation>改建</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>迁建 (relocation)</source>
        <translation>迁建</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>技改 (upgrade)</source>
        <translation>技改</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="168" />
        <source>新建/扩建/改建/迁建/技改.</source>
        <translation>新建/扩建/改建/迁建/技改。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="173" />
        <source>Industrial catalogue class</source>
        <translation>产业目录类别</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="173" />
        <source>(not listed)</source>
        <translation>（未列入）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="173" />
        <source>鼓励类 (encouraged)</source>
        <translation>鼓励类</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="173" />
        <source>限制类 (restricted)</source>
        <translation>限制类</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="173" />
        <source>淘汰类 (eliminated)</source>
        <translation>淘汰类</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="173" />
        <source>Class in the Industrial Structure Adjustment Catalogue, if any.</source>
        <translation>项目在《产业结构调整指导目录》中的类别（如有）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="178" />
        <source>Project attributes (name=value; …)</source>
        <translation>项目属性（name=value; …）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="178" />
        <source>Declared attributes of the rule set, e.g. capacity_increase=yes; investment_wan=50000.</source>
        <translation>规则集声明的属性，如 capacity_increase=yes; investment_wan=50000。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="181" />
        <source>Language of reasons</source>
        <translation>理由的语言</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="181" />
        <source>Language of the verdict texts and reasons in the outputs.</source>
        <translation>输出中结论文字和理由所用的语言。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="215" />
        <source>Attributes: the rule set declares no attribute {name}.</source>
        <translation>项目属性：规则集未声明属性 {name}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="262" />
        <source>Compliant: {c}; needs further study: {s}; non-compliant: {n}.</source>
        <translation>符合：{c}；需进一步论证：{s}；不符合：{n}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="63" />
        <source>Validate rule set</source>
        <translation>校验规则集</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="71" />
        <source>Checks an access-list rule set (YAML) against the rule-set schema and its semantic rules: unique rule ids, GB/T 4754-2017 industry codes that exist, attributes and layers that are declared. With a unit layer, also warns about unit codes the layer lacks and about constraint layers left unbound. Every message names the file, line, column and JSON path. Fails when the rule set has errors.</source>
        <translation>按规则集模式（schema）及其语义规则校验准入清单规则集（YAML）：条款编号唯一、GB/T 4754-2017 行业代码真实存在、所用属性和图层均已声明。若指定了管控单元图层，还会对图层中缺少的单元编码以及未绑定的约束图层发出警告。每条消息均注明文件、行、列和 JSON 路径。规则集存在错误时算法失败。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="94" />
        <source>Unit layer to check unit codes against</source>
        <translation>用于核对单元编码的管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="98" />
        <source>Unit code field</source>
        <translation>单元编码字段</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="101" />
        <source>Constraint layers (named as in the rule set)</source>
        <translation>约束图层（按规则集中的名称）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="109" />
        <source>Valid (1) or not (0)</source>
        <translation>是否有效（1 有效，0 无效）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="110" />
        <source>Number of errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="111" />
        <source>Number of warnings</source>
        <translation>警告数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="112" />
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="137" />
        <source>Layer {layer} has no unit code field (such as HJGKDYBM): choose one in 'Unit code field'.</source>
        <translation>图层 {layer} 没有单元编码字段（如 HJGKDYBM）：请在“单元编码字段”中指定。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="159" />
        <source>The rule set {path} is valid ({n} rules).</source>
        <translation>规则集 {path} 有效（共 {n} 条条款）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="44" />
        <source>Import site coordinates</source>
        <translation>导入选址坐标</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="61" />
        <source>Open file…</source>
        <translation>打开文件……</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="64" />
        <source>First value is X = northing (surveying order)</source>
        <translation>第一个值为 X = 北向坐标（测量坐标顺序）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="71" />
        <source>CRS</source>
        <translation>坐标参考系</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="110" />
        <source>Open a coordinate file</source>
        <translation>打开坐标文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="110" />
        <source>Coordinate files (*.txt *.csv *.dat);;All files (*)</source>
        <translation>坐标文件 (*.txt *.csv *.dat);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="120" />
        <source>{file} is larger than 5 MB: it is not a coordinate list.</source>
        <translation>{file} 大于 5 MB：不是坐标列表。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="135" />
        <source>Read {file} as {encoding}.</source>
        <translation>已按 {encoding} 编码读取 {file}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="145" />
        <source>No coordinates yet.</source>
        <translation>尚无坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="156" />
        <source>imported coordinates</source>
        <translation>导入的坐标</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="188" />
        <source>Detected: {reason}</source>
        <translation>自动识别：{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="95" />
        <source>{status}: the unit's own requirement text</source>
        <translation>{status}：单元自带的管控要求文本</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="124" />
        <source>{file} could not be read as a vector file: choose a shapefile, GeoJSON, KML or GeoPackage with polygons.</source>
        <translation>无法将 {file} 作为矢量文件读取：请选择包含多边形的 shapefile、GeoJSON、KML 或 GeoPackage 文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_output.py" line="110" />
        <source>Other statuses</source>
        <translation>其他状态</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="66" />
        <source>Screen every unit for this project</source>
        <translation>针对本项目筛查所有管控单元</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="69" />
        <source>Colour every bound control unit by whether the project described above could go there (temporary layers, removed when switched off)</source>
        <translation>按上述项目能否布设于各已绑定的管控单元为其着色（临时图层，关闭时移除）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="122" />
        <source>Bind a rule set to a unit layer first.</source>
        <translation>请先将规则集绑定到管控单元图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="270" />
        <source>Enter the project's industry to screen the units.</source>
        <translation>请输入项目所属行业，以筛查管控单元。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="277" />
        <source>Siting screen — {industry}</source>
        <translation>选址筛查——{industry}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="286" />
        <source>Screening {count} units…</source>
        <translation>正在筛查 {count} 个管控单元……</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="168" />
        <source>The siting screen was cancelled.</source>
        <translation>选址筛查已取消。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="277" />
        <source>Rule zones — {industry}</source>
        <translation>条款作用区域——{industry}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="212" />
        <source>{total} units: {non} non-compliant, {study} need study, {ok} compliant</source>
        <translation>共 {total} 个单元：{non} 个不符合，{study} 个需进一步论证，{ok} 个符合</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="217" />
        <source>({count} data warnings: hover for details)</source>
        <translation>（{count} 条数据警告：鼠标悬停查看详情）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="47" />
        <source>Findings table (CSV)</source>
        <translation>审查结果表（CSV）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="48" />
        <source>Findings table (Excel XLSX)</source>
        <translation>审查结果表（Excel XLSX）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="88" />
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="88" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="72" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="73" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="47" />
        <source>Attribute fields: the rule set declares no attribute {name}.</source>
        <translation>属性字段对应：规则集未声明属性 {name}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="58" />
        <source>Spatial conditions are not guessed. Each unit is classified exactly against each constraint layer and its ellipsoidal distance bands: when a rule's outcome depends on where in the unit the site lies, the unit is 'needs further study' and the zone where the rule bites (for example the 1 km band along the river bank) is written to the Rule zones output.</source>
        <translation>不对空间条件作任何推测。每个单元都按各约束图层及其椭球面距离缓冲带进行精确划分：当某条款的结果取决于选址在单元内的具体位置时，该单元判定为“需进一步论证”，并将该条款起作用的区域（例如沿河流岸线 1 km 缓冲带）写入“条款作用区域”输出。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="134" />
        <source>No header row with a unit-code column and a dimension column was found in {file}; give the column mapping (code=…; spatial_layout=…).</source>
        <translation>在 {file} 中未找到同时包含单元编码列和管控维度列的表头行；请给出列映射（code=…; spatial_layout=…）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="51" />
        <source>Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}); repaired for the computation</source>
        <translation>{layer} 的单元 {code}（要素 {fid}）几何图形无效（{detail}）；已修复后参与计算</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="63" />
        <source>Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is left; skipped</source>
        <translation>{layer} 的单元 {code}（要素 {fid}）几何图形无效（{detail}），修复后已无面状部分；已跳过</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="65" />
        <source>Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}); skipped</source>
        <translation>{layer} 的单元 {code}（要素 {fid}）不是多边形（{detail}）；已跳过</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="109" />
        <source>Information the review could not use</source>
        <translation>审查无法使用的信息</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="150" />
        <source>Prohibited class</source>
        <translation>禁止类</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="151" />
        <source>Permitted class (not listed)</source>
        <translation>允许类（未列入目录）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="275" />
        <source>The unit's category must be given in words the review recognises.</source>
        <translation>单元的管控类别须以审查可识别的用语填写。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="278" />
        <source>The project's information must be given in words the review recognises.</source>
        <translation>项目信息须以审查可识别的用语填写。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="290" />
        <source>catalogue class {value} is not recognised; accepted: {accepted}, or nothing when the project is not listed</source>
        <translation>无法识别目录类别“{value}”；可接受：{accepted}，项目未列入目录时留空</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="294" />
        <source>construction nature {value} is not recognised; accepted: {accepted}</source>
        <translation>无法识别建设性质“{value}”；可接受：{accepted}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="297" />
        <source>the unit's category is not given, so the rules of its category cannot be chosen</source>
        <translation>未提供单元的管控类别，无法确定适用的管控类别条款</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="298" />
        <source>unit category {value} is not recognised, so the rules of its category cannot be chosen; accepted: {accepted}</source>
        <translation>无法识别管控类别“{value}”，无法确定适用的管控类别条款；可接受：{accepted}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="301" />
        <source>{attribute} value {value} is not a number (write digits, optionally followed by {unit})</source>
        <translation>{attribute} 的取值“{value}”不是数值（请填写数字，其后可加单位“{unit}”）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="302" />
        <source>{attribute} value {value} is not a number</source>
        <translation>{attribute} 的取值“{value}”不是数值</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="304" />
        <source>{attribute} value {value} is not recognised; accepted: {accepted}</source>
        <translation>无法识别 {attribute} 的取值“{value}”；可接受：{accepted}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="69" />
        <source>Rule set {id} takes effect on {date} and is not yet in force: check that this is the version to apply.</source>
        <translation>规则集 {id} 自 {date} 起生效，目前尚未施行：请确认这是应当适用的版本。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="177" />
        <source>This rule set takes effect on {effective} and is not yet in force; it is applied all the same, and every review says so.</source>
        <translation>本规则集自 {effective} 起生效，目前尚未施行；仍照常适用，每份审查结果都会注明。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="179" />
        <source>values: is only for attributes of type string.</source>
        <translation>values: 仅适用于 string 类型的属性。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="180" />
        <source>unit_aliases: is only for attributes of type number.</source>
        <translation>unit_aliases: 仅适用于 number 类型的属性。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="183" />
        <source>The spelling {spelling} names two values of {name}: {first} and {second}.</source>
        <translation>写法 {spelling} 同时对应 {name} 的两个取值：{first} 和 {second}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="170" />
        <source>in compares a string attribute with a list of values; write op: in with value: [...], or one value with another comparison.</source>
        <translation>in 用于将字符串属性与一组取值比较：请写成 op: in 并给出 value: [...]，单个取值请用其他比较运算。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="172" />
        <source>{name} declares no values:, so a project value is compared as written (ignoring case and width); declare its values with their synonyms so that other spellings are recognised and unknown ones need information.</source>
        <translation>{name} 未声明 values:，项目取值将按原文比较（不区分大小写和全角半角）；请声明其取值及同义写法，以便识别其他写法，并使无法识别的取值需补充信息。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="175" />
        <source>{value} is not one of the values declared for {name}: {allowed}.</source>
        <translation>{value} 不是 {name} 已声明的取值：{allowed}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="183" />
        <source>{field} must be a finite number, not {value}.</source>
        <translation>{field} 必须是有限数值，不能是 {value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="303" />
        <source>The file is nested more than {limit} levels deep here; no rule set needs that: write the condition flatter (one all: or any: list) or as several rules.</source>
        <translation>文件在此处嵌套超过 {limit} 层；规则集无需如此深的嵌套：请把条件写得更扁平（用一个 all: 或 any: 列表），或拆成几条条款。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="241" />
        <source>The constraint layer {layer} (the rule set's {name}) cannot be read: rules that need it will report 'needs information'.</source>
        <translation>无法读取约束图层 {layer}（规则集中的 {name}）：需要该图层的条款将显示“需补充信息”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="253" />
        <source>The constraint layer {layer} bound to the rule set's {name} is not in the project: rules that need it will report 'needs information'.</source>
        <translation>绑定到规则集中 {name} 的约束图层 {layer} 不在工程中：需要该图层的条款将显示“需补充信息”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="60" />
        <source>Judgement {value} is not understood: use 符合, 不符合, 不涉及 or 需补充材料 (compliant, non-compliant, not applicable, more information needed).</source>
        <translation>无法识别判定 {value}：请使用 符合、不符合、不涉及 或 需补充材料（compliant、non-compliant、not applicable、more information needed）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="88" />
        <source>A judgement names no site or no clause.</source>
        <translation>判定未注明选址或条款。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="90" />
        <source>{clause}: overriding the rules' finding needs a reason.</source>
        <translation>{clause}：改判规则审查结果须说明理由。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="210" />
        <source>{clause} is judged twice, differently.</source>
        <translation>{clause} 有两条不同的判定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="298" />
        <source>Judgements, row {row}: {error}</source>
        <translation>人工判定表第 {row} 行：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="107" />
        <source>{clause}: the rules decided this clause ({status}); overriding it needs a reason in the remark.</source>
        <translation>{clause}：该条款已由规则判定（{status}）；改判须在备注中说明理由。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="133" />
        <source>reviewer's judgement: {judgement}</source>
        <translation>审查人判定：{judgement}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="134" />
        <source>judged by {reviewer}</source>
        <translation>判定人：{reviewer}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="135" />
        <source>judged at {time}</source>
        <translation>判定时间：{time}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="136" />
        <source>remark: {remark}</source>
        <translation>备注：{remark}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="137" />
        <source>overrides the rules' finding: {status} ({reason})</source>
        <translation>改判规则审查结果：{status}（{reason}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="138" />
        <source>the rules' finding: {status} ({reason})</source>
        <translation>规则审查结果：{status}（{reason}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="50" />
        <source>Complies (judged)</source>
        <translation>符合（人工判定）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="61" />
        <source>More information needed</source>
        <translation>需补充材料</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="45" />
        <source>Same as the QGIS interface</source>
        <translation>与 QGIS 界面语言相同</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="48" />
        <source>Default notes language</source>
        <translation>审查意见默认语言</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="51" />
        <source>Print layout template (*.qpt)</source>
        <translation>打印布局模板 (*.qpt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="52" />
        <source>PDF notes template</source>
        <translation>PDF 审查意见布局模板</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="53" />
        <source>Leave the template empty to use the template shipped with the plugin.</source>
        <translation>布局模板留空时使用插件自带的模板。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="65" />
        <source>Overlay tolerances</source>
        <translation>叠加分析容差</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="67" />
        <source>An overlap smaller than both values counts as touching the unit's boundary, not as lying in the unit.</source>
        <translation>重叠部分同时小于以下两个值时，视为与单元边界相接，而不视为位于该单元内。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="73" />
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="75" />
        <source>Smallest overlap area</source>
        <translation>最小重叠面积</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="82" />
        <source> % of the site</source>
        <translation> %（占选址面积）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="84" />
        <source>Smallest overlap share</source>
        <translation>最小重叠比例</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="119" />
        <source>{algorithm}: a file could not be read or written.</source>
        <translation>{algorithm}：无法读取或写入文件。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="123" />
        <source>{algorithm} failed unexpectedly.</source>
        <translation>{algorithm} 意外失败。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="124" />
        <source>{algorithm} failed unexpectedly ({error}). Check the inputs; the details are in the 'Zoning Review' tab of the Log Messages panel.</source>
        <translation>{algorithm} 意外失败（{error}）。请检查输入；详细信息见“日志消息”面板的“Zoning Review”标签页。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="155" />
        <source>{path} is a file where a folder is needed. Choose a folder.</source>
        <translation>{path} 是文件，此处需要文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="157" />
        <source>You may not write to {path} (read-only). Choose a folder you may write to.</source>
        <translation>无权写入 {path}（只读）。请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="159" />
        <source>{path} does not exist. Create the folder or choose another.</source>
        <translation>{path} 不存在。请创建该文件夹或另选一个。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="161" />
        <source>{path} is a folder. Give the name of a file.</source>
        <translation>{path} 是文件夹。请给出文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="163" />
        <source>A part of {path} is a file, not a folder. Choose a folder.</source>
        <translation>{path} 中有一级是文件而不是文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="165" />
        <source>{path} could not be read or written ({reason}). Check the file and its folder.</source>
        <translation>无法读取或写入 {path}（{reason}）。请检查该文件及其所在文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="158" />
        <source>{output} is the input {input}: writing it would destroy the input. Choose another output file.</source>
        <translation>{output} 就是输入 {input}：写入会破坏输入数据。请另选输出文件。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="181" />
        <source>{output} is a folder. Give the name of a file to write.</source>
        <translation>{output} 是文件夹。请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="185" />
        <source>{output}: the folder {folder} does not exist. Create it or choose another folder.</source>
        <translation>{output}：文件夹 {folder} 不存在。请创建它或另选文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="190" />
        <source>{output}: you may not write to {folder} (read-only). Choose a folder you may write to.</source>
        <translation>{output}：无权写入 {folder}（只读）。请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="194" />
        <source>{output}: a shapefile cuts field names to 10 characters and texts to 254, which would lose findings. Choose a GeoPackage (.gpkg) instead.</source>
        <translation>{output}：Shapefile 会把字段名截断为 10 个字符、文本截断为 254 个字符，审查结果会丢失。请改用 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="223" />
        <source>{output} is a file, not a folder. Choose a folder for the files.</source>
        <translation>{output} 是文件而不是文件夹。请为这些文件选择文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="229" />
        <source>{output}: you may not write to {folder} (read-only, or a file). Choose a folder you may write to.</source>
        <translation>{output}：无权写入 {folder}（只读，或是文件）。请选择可写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="235" />
        <source>{output} holds {other}, which a note could overwrite. Choose another folder.</source>
        <translation>{output} 中有 {other}，审查说明可能覆盖它。请另选文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="192" />
        <source>Site {site} has no geometry: no notes were written for it.</source>
        <translation>选址 {site} 没有几何图形：未为其撰写审查说明。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="205" />
        <source>Notes for site {site} could not be written.</source>
        <translation>无法写入选址 {site} 的审查说明。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="228" />
        <source>The notes column of {layer} could not be filled.</source>
        <translation>无法填写 {layer} 的审查说明列。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="171" />
        <source>The clauses output could not be created.</source>
        <translation>无法创建逐条审查输出。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="141" />
        <source>Clauses (site × unit × clause, for the reviewer's judgement)</source>
        <translation>逐条审查（选址 × 单元 × 条款，供审查人判断）</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="64" />
        <source>Site id</source>
        <translation>选址编号</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="38" />
        <source>Clause id</source>
        <translation>条款编号</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/clause_rows.py" line="23" />
        <source>Control dimension</source>
        <translation>管控维度</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="38" />
        <source>Finding</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="50" />
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/clause_rows.py" line="23" />
        <source>Reviewer's judgement</source>
        <translation>审查判断</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="96" />
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="28" />
        <source>Every finding (JSON)</source>
        <translation>全部审查结果（JSON）</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="20" />
        <source>Clauses in conflict</source>
        <translation>冲突条款数</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="20" />
        <source>Clauses needing information</source>
        <translation>需补充信息条款数</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="20" />
        <source>Clauses to check by hand</source>
        <translation>需人工核查条款数</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="48" />
        <source>Requirements to meet</source>
        <translation>须落实的要求数</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="49" />
        <source>Clauses exempted</source>
        <translation>属除外情形条款数</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="64" />
        <source>Site or project name</source>
        <translation>选址或项目名称</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="20" />
        <source>Verdict in words</source>
        <translation>结论（文字）</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="64" />
        <source>Units overlapped</source>
        <translation>涉及单元数</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_output.py" line="93" />
        <source>Deciding reason</source>
        <translation>决定性理由</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_output.py" line="93" />
        <source>Deciding clauses</source>
        <translation>决定性条款</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="64" />
        <source>Review notes file</source>
        <translation>审查意见文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="44" />
        <source>Constraint layer</source>
        <translation>约束图层</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="38" />
        <source>Position relative to the layer</source>
        <translation>与图层的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="28" />
        <source>Share of the site (fraction)</source>
        <translation>占选址比例</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="28" />
        <source>Share of the unit (fraction)</source>
        <translation>占单元比例</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="64" />
        <source>Site area (m²)</source>
        <translation>选址面积（m²）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="162" />
        <source>Distance (m)</source>
        <translation>距离（m）</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/siting_rows.py" line="38" />
        <source>Zone area in the unit (m²)</source>
        <translation>单元内作用区域面积（m²）</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="74" />
        <source>Open the Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="76" />
        <source>Open a copy of the bundled sample, bound to the example rule set</source>
        <translation>打开插件自带示例的副本（已绑定示例规则集）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="164" />
        <source>{output} and {other} are the same file: one would overwrite the other. Choose different files, or different tables of one GeoPackage (ogr:dbname='file.gpkg' table="name" (geom)).</source>
        <translation>{output} 与 {other} 是同一文件：一个会覆盖另一个。请选择不同的文件，或同一 GeoPackage 中的不同表（ogr:dbname='file.gpkg' table="name" (geom)）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="37" />
        <source>The judgements table could not be read.</source>
        <translation>无法读取人工判定表。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="41" />
        <source>The judgements table lacks the columns {columns}.</source>
        <translation>人工判定表缺少字段 {columns}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="49" />
        <source>Judgements: rows {rows} have a remark but no judgement; they judge nothing.</source>
        <translation>人工判定表：第 {rows} 行有备注但没有判定，不作判定处理。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="51" />
        <source>{n} clauses judged in the judgements table.</source>
        <translation>人工判定表中共判定 {n} 条条款。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="152" />
        <source>{n} judgements match no clause of the reviewed sites and were not applied: {clauses}</source>
        <translation>{n} 条判定与所审查选址的条款均不对应，未予采用：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="17" />
        <source>{words} prohibits: effect prohibit.</source>
        <translation>{words}表示禁止：管控方式 prohibit（禁止）。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="19" />
        <source>{words} restricts (in principle not, or only under a condition): effect restrict.</source>
        <translation>{words}表示限制（原则上不准入，或仅在一定条件下允许）：管控方式 restrict（限制）。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="21" />
        <source>{words} states a duty: effect require; the duty itself is checked by hand.</source>
        <translation>{words}规定了须落实的要求：管控方式 require（应当）；要求本身须人工核查。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="23" />
        <source>{words} admits or encourages: effect allow.</source>
        <translation>{words}表示允许或鼓励：管控方式 allow（允许）。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="29" />
        <source>{words} is the construction nature {values}.</source>
        <translation>{words}为建设性质 {values}。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="36" />
        <source>{words} is read as the industry {codes} of GB/T 4754-2017 (a common list word).</source>
        <translation>{words}为清单常用词，读作 GB/T 4754-2017 行业 {codes}。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="38" />
        <source>{words} is the official GB/T 4754-2017 name of {codes}.</source>
        <translation>{words}为 GB/T 4754-2017 中 {codes} 的正式名称。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="44" />
        <source>{words} is the catalogue class {values}.</source>
        <translation>{words}为目录类别 {values}。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="51" />
        <source>{words}: within {distance} m of the layer {layer}.</source>
        <translation>{words}：距图层“{layer}”{distance} m 范围内。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="53" />
        <source>{words}: the site touches the layer {layer}.</source>
        <translation>{words}：选址与图层“{layer}”有重叠。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="55" />
        <source>{words}: the site lies outside the layer {layer}.</source>
        <translation>{words}：选址位于图层“{layer}”之外。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="57" />
        <source>{words}: allowed only wholly inside the layer {layer}, so effect restrict with only_if.</source>
        <translation>{words}：仅当选址完全位于图层“{layer}”内时允许，故管控方式为 restrict（限制）并设 only_if。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="84" />
        <source>{words}: the yes/no attribute {attribute} is no.</source>
        <translation>{words}：是/否属性“{attribute}”为否。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="86" />
        <source>{words}: the yes/no attribute {attribute} is yes.</source>
        <translation>{words}：是/否属性“{attribute}”为是。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="92" />
        <source>{words} is an exception (除外): when it holds, the project is exempted.</source>
        <translation>{words}为除外条件：满足时项目属除外情形。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="98" />
        <source>{words}: the rule language has no substitution ratio; check it by hand.</source>
        <translation>{words}：规则语言无法表达替代比例，须人工核查。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="104" />
        <source>{words}: the list ends with 等 (etc.); only the industries it names are suggested.</source>
        <translation>{words}：清单以“等”结尾，仅建议其中列明的行业。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/judgement_dialog.py" line="36" />
        <source>Judge clause {rule}</source>
        <translation>判定条款 {rule}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="27" />
        <source>The rules' finding</source>
        <translation>规则审查结果</translation>
    </message>
    <message>
        <location filename="../plugin/gui/judgement_dialog.py" line="49" />
        <source>Override the rules' finding (the remark is the reason)</source>
        <translation>改判规则审查结果（以备注为理由）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="78" />
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/judgement_dialog.py" line="58" />
        <source>(not set: Settings ▸ Options ▸ Zoning Review)</source>
        <translation>（未设置：设置 ▸ 选项 ▸ 分区管控审查）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/judgement_dialog.py" line="81" />
        <source>The rules decided this clause: tick the override and give the reason in the remark.</source>
        <translation>该条款已由规则判定：请勾选改判，并在备注中说明理由。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/judgement_dialog.py" line="83" />
        <source>An override needs a reason: write it in the remark.</source>
        <translation>改判须说明理由：请填写在备注中。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="60" />
        <source>Open the file after writing</source>
        <translation>写出后打开文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="101" />
        <source>{finding} — judged by {reviewer}, {time}</source>
        <translation>{finding} — 判定人 {reviewer}，{time}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="101" />
        <source>(no reviewer set)</source>
        <translation>（未设置审查人）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="355" />
        <source>Judge this clause…</source>
        <translation>判定此条款…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="36" />
        <source>Compare rule sets</source>
        <translation>比对规则集</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="82" />
        <source>Earlier rule set (YAML)</source>
        <translation>较早的规则集（YAML）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="85" />
        <source>Later rule set (YAML)</source>
        <translation>较新的规则集（YAML）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="59" />
        <source>Rules added, removed and changed</source>
        <translation>新增、删除和修改的条款</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="62" />
        <source>Rules added</source>
        <translation>新增条款</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="63" />
        <source>Rules removed</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="64" />
        <source>Rules changed</source>
        <translation>修改条款</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="65" />
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="178" />
        <source>Layer {layer} has no coordinate reference system (e.g. a missing .prj file): set it in the layer's properties or add the .prj, then run again.</source>
        <translation>图层{layer}没有坐标参考系（例如缺少 .prj 文件）：请在图层属性中设置，或补上 .prj 文件，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="209" />
        <source>The control unit layer {layer} has no features: choose the layer that holds the units.</source>
        <translation>管控单元图层 {layer} 没有要素：请选择包含管控单元的图层。</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="80" />
        <source>Zoning Review User Guide</source>
        <translation>分区管控审查用户指南</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="42" />
        <source>Compliance with the ecological-environment access list, site {site}</source>
        <translation>选址 {site} 生态环境准入清单符合性分析</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/blank_units.py" line="34" />
        <source>Layer {layer}: features {fids} have no unit code or category ({code}, {category}). Fill them in before relying on the review of sites there.</source>
        <translation>图层 {layer}：要素 {fids} 缺少单元编码或管控类别（{code}、{category}）。请先补全，再采信位于这些单元的选址审查结果。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="140" />
        <source>{file} has no sheet {sheet}; its sheets are: {sheets}.</source>
        <translation>{file} 中没有工作表 {sheet}；其工作表为：{sheets}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="97" />
        <source>Overall opinion (审查意见): the reviewer's conclusion, in the notes</source>
        <translation>总体审查意见：审查人的结论，写入审查说明</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="25" />
        <source>Reviewer's judgements and opinion</source>
        <translation>审查人判定及总体审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="36" />
        <source>{status} (overridden)</source>
        <translation>{status}（已改判）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="46" />
        <source>No clause has been judged by a reviewer.</source>
        <translation>尚无经审查人判定的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="51" />
        <source>Overall opinion: {opinion}</source>
        <translation>总体审查意见：{opinion}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="51" />
        <source>(none given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="32" />
        <source>Reviews saved in this project</source>
        <translation>本项目中保存的审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/unsaved_prompt.py" line="20" />
        <source>Save review…</source>
        <translation>保存审查…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="87" />
        <source>(saved reviews: none chosen)</source>
        <translation>（已保存的审查：未选择）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="113" />
        <source>Save review</source>
        <translation>保存审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="113" />
        <source>Name of the review</source>
        <translation>审查名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="121" />
        <source>Review a site before saving the review.</source>
        <translation>请先审查选址，再保存审查。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="129" />
        <source>Review {name} saved in the project (save the project to keep it).</source>
        <translation>审查“{name}”已保存到项目中（保存项目后方能保留）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="225" />
        <source>saved review {name}</source>
        <translation>已保存的审查 {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="99" />
        <source>The register {path} could not be created: {error}</source>
        <translation>无法创建审查台账 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="194" />
        <source>{path} holds a layer {layer} that is not a review register; nothing was written.</source>
        <translation>{path} 中的图层 {layer} 不是审查台账；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="231" />
        <source>The review could not be added to the register {path}: {error}</source>
        <translation>无法将审查添加到台账 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/cause_phrases.py" line="10" />
        <source>{layer}: {distance} m band of the clause</source>
        <translation>{layer}：条款规定的 {distance} m 范围</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="75" />
        <source>Review register (GeoPackage)</source>
        <translation>审查台账（GeoPackage）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_entry.py" line="78" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_entry.py" line="88" />
        <source>Review saved to the register {path} as number {seq}.</source>
        <translation>审查已存入台账 {path}，序号 {seq}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="37" />
        <source>Save to register</source>
        <translation>存入台账</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="39" />
        <source>Append this review to the review register (a GeoPackage)</source>
        <translation>将本次审查追加到审查台账（GeoPackage）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/attribute_rows.py" line="56" />
        <source>Field name in a sites layer for batch review: {name}</source>
        <translation>批量审查时选址图层中的字段名：{name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="69" />
        <source>New construction (新建)</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/cause_phrases.py" line="30" />
        <source>Shortest distance from the site to {layer}: {distance} m</source>
        <translation>选址至{layer}的最近距离：{distance} m</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="60" />
        <source>Re-review sites against a new rule set</source>
        <translation>按新规则集复核选址</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="11" />
        <source>Reviews every site twice, with the earlier and with the later rule set (the same unit and constraint layers, the same site fields as 'Review sites'), and writes one row per site: the verdict before and after, whether it changed, and the clauses (unit:rule) added, removed or with another finding.</source>
        <translation>用较早和较新的规则集各审查每个选址一次（管控单元图层、约束图层和选址字段与“选址审查”相同），每个选址输出一行：前后两次的结论、结论是否改变，以及新增、删除或审查结果改变的条款（单元:条款）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="97" />
        <source>Changes per site</source>
        <translation>各选址的变化</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="98" />
        <source>Sites whose verdict changes</source>
        <translation>结论改变的选址数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="276" />
        <source>{n} sites change verdict: {sites}</source>
        <translation>{n} 个选址结论改变：{sites}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="45" />
        <source>{layer} where {field} is {value}</source>
        <translation>{layer}中 {field} 为 {value} 的部分</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="47" />
        <source>{layer} (features where {filter})</source>
        <translation>{layer}（满足 {filter} 的要素）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Sites: polygons with project attributes: industry (GB/T 4754-2017 code such as C2614), construction nature (新建/扩建/改建/迁建/技改), catalogue class, and the attributes the rule set declares (fields with the same name, or mapped in 'Attribute fields'). An empty value means 'not given': rules that need it report 'needs information'.</source>
        <translation>选址：带项目属性的面要素，属性包括行业（GB/T 4754-2017 代码，如 C2614）、建设性质（新建/扩建/改建/迁建/技改）、目录类别，以及规则集声明的属性（同名字段，或在“属性字段对应”中映射）。空值表示“未提供”：需要该值的条款将显示“需补充信息”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Control unit layer: unit code, name and category fields are detected from common names (HJGKDYBM, HJGKDYMC, ZHGKDYFL, 环境管控单元编码, 单元名称, 管控类别) or taken from the binding made in the Zoning Review panel. Rule set: a YAML file; optional when the unit layer is bound in the panel.</source>
        <translation>管控单元图层：单元编码、名称和管控类别字段根据常见字段名（HJGKDYBM、HJGKDYMC、ZHGKDYFL、环境管控单元编码、单元名称、管控类别）自动识别，或采用分区管控审查面板中的绑定设置。规则集：YAML 文件；若已在面板中为管控单元图层绑定规则集，则可不填。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Constraint layers: the layers the rules name (for example river_bank, red_line); a layer is matched by its name or its GeoPackage layer name, or through 'Constraint names'.</source>
        <translation>约束图层：条款中引用的图层（例如 river_bank、red_line）；按图层名称或其 GeoPackage 图层名匹配，也可通过“约束图层名称对应”指定。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Judgements (optional): a table with the columns site_id, unit_code, rule_id, judgement, remark and reviewer (the clauses output, filled in, has them). A judgement (符合 compliant, 不符合 non-compliant, 不涉及 not applicable, 需补充材料 more information needed) takes the place of a clause left to a person; judging a clause the rules decided overrides it and needs a reason in the remark. An unknown word stops the run naming it; a judgement whose clause is not found is reported.</source>
        <translation>审查人判定（可选）：含 site_id、unit_code、rule_id、judgement、remark、reviewer 字段的表格（填写后的逐条条款输出即具备这些字段）。判定（符合、不符合、不涉及、需补充材料）取代需人工核查条款的结果；对已由规则判定的条款作出判定即为改判，须在备注（remark）中说明理由。无法识别的判定词会中止运行并指出该词；找不到对应条款的判定会予以报告。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="58" />
        <source>Control unit layer, Rule set, unit fields, Constraint layers and Constraint names work as in 'Review sites'. Check the unit layer's own requirement texts: units with requirement prose need a check by hand, so they are at best 'needs further study'.</source>
        <translation>管控单元图层、规则集、单元字段、约束图层和约束图层名称对应的用法与“选址审查”相同。核查管控单元图层自带的管控要求文本：含文字管控要求的单元需人工核查，因此其结论至多为“需进一步论证”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="58" />
        <source>Industry: GB/T 4754-2017 code such as C2614. Construction nature and Catalogue class (leave empty when the project is not listed). Project attributes: the rule set's declared attributes as name=value; … (for example capacity_increase=yes; investment_wan=50000); an attribute left out is 'not given'.</source>
        <translation>行业：GB/T 4754-2017 代码，如 C2614。建设性质和产业目录类别（项目未列入目录时留空）。项目属性：规则集声明的属性，格式为 name=value; …（例如 capacity_increase=yes; investment_wan=50000）；未填写的属性视为“未提供”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="58" />
        <source>Siting screen: one row per unit with verdict, verdict text, deciding reasons, counts of conflicting, information-needing and hand-check clauses, and the deciding rule ids; it is styled by verdict. Rule zones: the parts of units where a distance or inside rule bites, with rule id, layer, relation and distance.</source>
        <translation>选址筛查：每个单元一行，包含结论、结论文字、决定性理由、冲突条款数、需补充信息条款数、需人工核查条款数以及决定性条款编号；按结论设置样式。条款作用区域：单元中由距离类或包含类条款起作用的部分，包含条款编号、图层、空间关系和距离。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/docx_word.py" line="77" />
        <source>Word notes need python-docx 1.0 or later; QGIS's Python has version {version} at {path}</source>
        <translation>生成 Word 审查意见需要 python-docx 1.0 或更高版本；QGIS 的 Python 中位于 {path} 的版本为 {version}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/docx_word.py" line="89" />
        <source>The Word template {path} cannot be read: {error}</source>
        <translation>无法读取 Word 模板 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/docx_word.py" line="94" />
        <source>The Word template {path} is not a valid Word document (.docx or .dotx)</source>
        <translation>Word 模板 {path} 不是有效的 Word 文档（.docx 或 .dotx）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/docx_word.py" line="285" />
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="97" />
        <source>Word notes need the Python package {package}, which QGIS's Python lacks</source>
        <translation>生成 Word 审查意见需要 Python 包 {package}，而 QGIS 的 Python 中没有该包</translation>
    </message>
    <message>
        <location filename="../plugin/notes/formats.py" line="10" />
        <source>Word document (DOCX)</source>
        <translation>Word 文档 (DOCX)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="87" />
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="55" />
        <source>The rule set before the change, e.g. last year's access list.</source>
        <translation>变更前的规则集，如上一年度的准入清单。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="57" />
        <source>The rule set after the change, e.g. this year's access list.</source>
        <translation>变更后的规则集，如本年度的准入清单。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="59" />
        <source>A table with one row per rule added, removed or changed, its aspects before and after.</source>
        <translation>每条新增、删除或变更的条款一行的表格，列出其变更前后的各项内容。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="104" />
        <source>A short name for the rule set; taken from the file name when empty.</source>
        <translation>规则集的简短名称；留空时取自文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="106" />
        <source>The rule set's title as the notes cite it, e.g. the list's official name.</source>
        <translation>审查意见中引用的规则集标题，如清单的正式名称。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="116" />
        <source>The rule-set file to write; it must not be the input table.</source>
        <translation>要写入的规则集文件；不得为输入表格本身。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="94" />
        <source>Optional: unit rules whose code is not in this layer are reported.</source>
        <translation>可选：单元编码不在该图层中的单元条款将被报告。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="98" />
        <source>Detected from common names (e.g. HJGKDYBM) when empty.</source>
        <translation>留空时按常用字段名（如 HJGKDYBM）自动识别。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="288" />
        <source>The rule set {path} cannot be read: {problem}</source>
        <translation>无法读取规则集 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="289" />
        <source>The rule set {path} has no list of rules that can be edited; fix it in a text editor first.</source>
        <translation>规则集 {path} 没有可编辑的条款列表（rules）；请先在文本编辑器中修正。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="291" />
        <source>The edit could not be written as YAML that reads back the same; the file was left unchanged.</source>
        <translation>该修改无法写成可原样读回的 YAML；文件未作改动。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="292" />
        <source>The rule set would not load, so it was not saved:
{messages}</source>
        <translation>规则集将无法加载，因此未保存：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="294" />
        <source>{path} was changed by another program since it was opened; it was not overwritten. Open it again and repeat the edit.</source>
        <translation>{path} 在打开后已被其他程序修改，未予覆盖。请重新打开并再次修改。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="34" />
        <source>Suggest conditions from clause text</source>
        <translation>根据条款文本建议条件</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="42" />
        <source>Reads the Chinese (and English) text of every text-only rule of a rule set (effect text, no condition: an imported list, say) and proposes the conditions a reviewer would write: distances to declared layers, industries named in words (GB/T 4754-2017), thresholds with units, construction natures, catalogue classes, park requirements and exceptions. A clause with any word it does not understand gets no suggestion. The suggestions are written beside each rule under 'suggested:' with the words they came from and are never applied by a review until accepted in the rule editor, or here with 'Apply the suggestions' (the rule then records the text under 'suggested_from'). The output keeps the input's comments and order; it must not be the input file, and it is written only when it loads as a rule set.</source>
        <translation>读取规则集中每条纯文本条款（effect 为 text、无条件，如导入的清单）的中文（及英文）文本，提出审查人会写出的条件：与已声明图层的距离、以文字表述的行业（GB/T 4754-2017）、带单位的限值、建设性质、目录类别、入园要求及例外情形。条款中只要有一个词无法理解，就不给出建议。建议写在各条款的“suggested:”下，并注明所依据的文字；在规则编辑器中或在此勾选“应用建议”接受之前，审查从不采用这些建议（接受后条款在“suggested_from”中记录原文）。输出保留输入文件的注释和顺序；输出不得为输入文件，且仅在能作为规则集加载时才写出。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="56" />
        <source>The rule set whose text rules get suggestions; it is not changed.</source>
        <translation>要为其文本条款提出建议的规则集；该文件不会被修改。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="59" />
        <source>Apply the suggestions</source>
        <translation>应用建议</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="59" />
        <source>When checked the suggested conditions become the rules' conditions (check them first); otherwise they are only marked beside the rules.</source>
        <translation>勾选时建议的条件成为条款的条件（请先核对）；否则仅标注在条款旁。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="63" />
        <source>Rule set with suggestions</source>
        <translation>含建议的规则集</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="63" />
        <source>The rule-set file to write; it must not be the input.</source>
        <translation>要写入的规则集文件；不得为输入文件。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="66" />
        <source>Number of text-only rules</source>
        <translation>纯文本条款数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="67" />
        <source>Number of rules with a suggestion</source>
        <translation>有建议的条款数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="68" />
        <source>Number of suggestions applied</source>
        <translation>已应用的建议数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="77" />
        <source>The rule set {path} has errors; fix them first:
{messages}</source>
        <translation>规则集 {path} 有错误，请先修正：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="86" />
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="95" />
        <source>{suggested} of {text} text rules have a suggestion; written to {path}.</source>
        <translation>{text} 条文本条款中有 {suggested} 条有建议；已写入 {path}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="107" />
        <source>Rule {rule}: conditions applied from “{text}”.</source>
        <translation>条款 {rule}：已应用根据“{text}”得出的条件。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="107" />
        <source>Rule {rule}: conditions suggested from “{text}”.</source>
        <translation>条款 {rule}：已根据“{text}”建议条件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="40" />
        <source>Code or name, e.g. 3011 or cement</source>
        <translation>代码或名称，如 3011 或 水泥</translation>
    </message>
    <message>
        <location filename="../plugin/gui/cause_words.py" line="46" />
        <source>{distance} m to {layer}</source>
        <translation>距{layer} {distance} 米</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="139" />
        <source>{file} cannot be opened as a table (xlsx, ods, csv or docx).</source>
        <translation>无法将 {file} 作为表格打开（xlsx、ods、csv 或 docx）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="146" />
        <source>{file} cannot be read as a Word document: {error}</source>
        <translation>无法将 {file} 作为 Word 文档读取：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="149" />
        <source>The Word document {file} has no table.</source>
        <translation>Word 文档 {file} 中没有表格。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="162" />
        <source>Reading Word documents needs python-docx 1.0 or later; QGIS's Python has version {version} at {path}.</source>
        <translation>读取 Word 文档需要 python-docx 1.0 或更高版本；QGIS 的 Python 中位于 {path} 的版本为 {version}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="163" />
        <source>Table {table} of {file} has no header the importer recognises and was not imported.</source>
        <translation>{file} 的表 {table} 没有可识别的表头，未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="165" />
        <source>Row {row} of table {table} has no unit code and was skipped.</source>
        <translation>表 {table} 第 {row} 行没有单元编码，已跳过。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="245" />
        <source>The column {header} given for {role} is not in the first rows of {file}.</source>
        <translation>为 {role} 指定的列 {header} 不在 {file} 的表头各行中。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="246" />
        <source>Line {line} of the column spellings does not start with a known column (e.g. 空间布局约束: 布局管控, 空间准入): {text}</source>
        <translation>列名写法第 {line} 行未以可识别的列开头（例如 空间布局约束: 布局管控, 空间准入）：{text}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="248" />
        <source>Table {table}, column {column} ({header})</source>
        <translation>表 {table} 第 {column} 列（{header}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="249" />
        <source>Column {column} ({header})</source>
        <translation>第 {column} 列（{header}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="250" />
        <source>no header</source>
        <translation>无表头</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="251" />
        <source>{where} is read as {role}.</source>
        <translation>{where}用作{role}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="252" />
        <source>{where} also reads as {role}, which column {other} gives already; it was not imported. Give the column mapping if it is the one to use.</source>
        <translation>{where}也可用作{role}，但第 {other} 列已作此用途；该列未导入。如应使用该列，请指定列对应。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="254" />
        <source>{where} looks like a requirement column but matches none of the four dimensions; it was not imported. Map it (e.g. resource_efficiency={header}) or add its spelling under Settings ▸ Options ▸ Zoning Review.</source>
        <translation>{where}看似管控要求列，但与四个管控维度均不匹配，未导入。请指定列对应（例如 resource_efficiency={header}），或在 设置 ▸ 选项 ▸ 分区管控审查 中添加该列名写法。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="257" />
        <source>{where} is not imported.</source>
        <translation>{where}未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="258" />
        <source>the unit code</source>
        <translation>单元编码</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="259" />
        <source>the unit name</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="260" />
        <source>the unit category</source>
        <translation>管控单元类别</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="90" />
        <source>Access-list import</source>
        <translation>准入清单导入</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="92" />
        <source>More column headers to recognise, one column a line: the known name, a colon, then the spellings, e.g. 资源开发效率要求: 资源能源利用, 能源资源利用效率</source>
        <translation>需额外识别的列名，每行一列：先写已知列名，加冒号，再写各种写法，例如 资源开发效率要求: 资源能源利用, 能源资源利用效率</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="96" />
        <source>Column spellings</source>
        <translation>列名写法</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="92" />
        <source>Access-list table (xlsx, ods, csv, docx)</source>
        <translation>准入清单表格（xlsx、ods、csv、docx）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="92" />
        <source>The published table: one row per unit with its code, name, category and requirements; a Word document's tables are read one after the other.</source>
        <translation>已发布的表格：每个单元一行，含编码、名称、类别和管控要求；Word 文档中的表格依次读取。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="100" />
        <source>Only the columns that are not recognised, e.g. resource_efficiency=资源能源利用; the other columns are still detected.</source>
        <translation>只需给出无法识别的列，例如 resource_efficiency=资源能源利用；其余列仍自动识别。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="121" />
        <source>Columns used</source>
        <translation>所用列</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="122" />
        <source>Columns not imported</source>
        <translation>未导入的列</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="123" />
        <source>Requirement columns not placed</source>
        <translation>无法对应的管控要求列</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="237" />
        <source>Row {row} of table {table}: {value} in the dimension column is none of the four dimensions; the row was not imported.</source>
        <translation>表 {table} 第 {row} 行：管控维度列中的“{value}”不属于四个管控维度，该行未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="239" />
        <source>Row {row}: {value} in the dimension column is none of the four dimensions; the row was not imported.</source>
        <translation>第 {row} 行：管控维度列中的“{value}”不属于四个管控维度，该行未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="240" />
        <source>the dimension of each row</source>
        <translation>各行的管控维度</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="241" />
        <source>the requirement text</source>
        <translation>管控要求文本</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="118" />
        <source>Edit rules…</source>
        <translation>编辑条款…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editing.py" line="27" />
        <source>Choose a rule-set file first, then edit its rules.</source>
        <translation>请先选择规则集文件，再编辑其条款。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="64" />
        <source>Rule editor</source>
        <translation>规则编辑器</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_list.py" line="45" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_list.py" line="46" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_list.py" line="47" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="62" />
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="45" />
        <source>Project attribute</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="45" />
        <source>Yes/no attribute</source>
        <translation>是/否属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="46" />
        <source>Unit attribute</source>
        <translation>单元属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="47" />
        <source>Written in YAML</source>
        <translation>以 YAML 书写</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="57" />
        <source>within a distance of</source>
        <translation>在以下距离范围内</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="57" />
        <source>overlapping</source>
        <translation>与之重叠</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="58" />
        <source>entirely inside</source>
        <translation>完全位于其内</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="58" />
        <source>outside</source>
        <translation>位于其外</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="69" />
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="101" />
        <source>Add to the list</source>
        <translation>加入列表</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="137" />
        <source>{label} ({name}) — map layer: {layer}</source>
        <translation>{label}（{name}）——地图图层：{layer}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="137" />
        <source>not bound</source>
        <translation>未绑定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="157" />
        <source>Optional filter on the layer's features, e.g. "grade" = 'I'</source>
        <translation>可选：对该图层要素的筛选，如 "grade" = 'I'</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="161" />
        <source>Relation</source>
        <translation>空间关系</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="163" />
        <source>Features</source>
        <translation>要素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="209" />
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="223" />
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="224" />
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="108" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="108" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="210" />
        <source>Is</source>
        <translation>取值为</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="222" />
        <source>Unit layer field</source>
        <translation>单元图层字段</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="234" />
        <source>Any condition of the rule language, e.g. any: [{flag: a}, {flag: b}]</source>
        <translation>规则语言中的任意条件，如 any: [{flag: a}, {flag: b}]</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="297" />
        <source>Pick at least one industry from the list.</source>
        <translation>请至少从列表中选择一个行业。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="302" />
        <source>Tick at least one box.</source>
        <translation>请至少勾选一项。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="308" />
        <source>The rule set declares no number or text attribute: declare one with Attributes… under the rules.</source>
        <translation>规则集未声明数值或文本属性：请用条款列表下方的“项目属性…”声明。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="316" />
        <source>The rule set declares no yes/no attribute: declare one with Attributes… under the rules.</source>
        <translation>规则集未声明是/否属性：请用条款列表下方的“项目属性…”声明。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="323" />
        <source>Give the unit layer's field.</source>
        <translation>请填写单元图层的字段。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="334" />
        <source>The rule set declares no constraint layer.</source>
        <translation>规则集未声明约束图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/values.py" line="59" />
        <source>Give a distance greater than 0 m.</source>
        <translation>请填写大于 0 m 的距离。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="40" />
        <source>This is not valid YAML: {problem}</source>
        <translation>这不是有效的 YAML：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="43" />
        <source>Write a condition as a mapping, e.g. flag: major_infrastructure.</source>
        <translation>请以映射形式书写条件，如 flag: major_infrastructure。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="44" />
        <source>Rule editor — {path}</source>
        <translation>规则编辑器——{path}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="99" />
        <source>New rule</source>
        <translation>新建条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="298" />
        <source>Delete rule</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="131" />
        <source>Apply to the rule</source>
        <translation>应用到条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="132" />
        <source>Save the rule set</source>
        <translation>保存规则集</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="178" />
        <source> (suggestion)</source>
        <translation>（有建议）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="247" />
        <source>The rule has errors: see the messages beside the fields.</source>
        <translation>该条款有错误：请查看各字段旁的提示。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="247" />
        <source>The rule is valid.</source>
        <translation>该条款有效。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="247" />
        <source> Unsaved changes.</source>
        <translation> 有未保存的修改。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="39" />
        <source>The rule set could not be saved.</source>
        <translation>无法保存规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="40" />
        <source>{path} could not be written ({problem}); the file was left as it was.</source>
        <translation>无法写入 {path}（{problem}）；文件保持原样。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="45" />
        <source>Saved. The previous file is kept as {backup}.</source>
        <translation>已保存。原文件已备份为 {backup}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="385" />
        <source>Close without saving the changes?</source>
        <translation>不保存修改就关闭吗？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="44" />
        <source>Unit codes separated by commas</source>
        <translation>单元编码，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="50" />
        <source>Rule id</source>
        <translation>条款编号</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="50" />
        <source>Dimension</source>
        <translation>管控维度</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="50" />
        <source>Text (Chinese)</source>
        <translation>条款文本（中文）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="50" />
        <source>Text (English)</source>
        <translation>条款文本（英文）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="56" />
        <source>When (all of these hold)</source>
        <translation>适用条件（须全部满足）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="57" />
        <source>Except (each one exempts)</source>
        <translation>例外情形（满足任一即豁免）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="58" />
        <source>Only if (for a restriction: what allows it)</source>
        <translation>前提条件（限制类条款：满足方可准入）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="19" />
        <source>effect</source>
        <translation>管控方式</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="19" />
        <source>when</source>
        <translation>适用条件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="19" />
        <source>except</source>
        <translation>例外情形</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="19" />
        <source>only if</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="20" />
        <source>to check by hand</source>
        <translation>需人工核查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="46" />
        <source>Effect: {effect}</source>
        <translation>管控方式：{effect}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="47" />
        <source>When: {condition}</source>
        <translation>适用条件：{condition}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="48" />
        <source>Except: {condition}</source>
        <translation>例外情形：{condition}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="51" />
        <source>Only if: {condition}</source>
        <translation>前提条件：{condition}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="52" />
        <source>To check by hand: {note}</source>
        <translation>需人工核查：{note}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="57" />
        <source>Confidence {value}</source>
        <translation>置信度 {value}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="84" />
        <source>Suggested from the clause text</source>
        <translation>根据条款文本提出的建议</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="91" />
        <source>Nothing is applied until you accept; then save the rule set.</source>
        <translation>接受之前不会应用任何内容；接受后请保存规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="94" />
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="94" />
        <source>Edit before accepting</source>
        <translation>修改后接受</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/suggestion_panel.py" line="94" />
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/toolbox_entry.py" line="17" />
        <source>Edit a Rule Set…</source>
        <translation>编辑规则集…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/toolbox_entry.py" line="46" />
        <source>Choose a rule set to edit</source>
        <translation>选择要编辑的规则集</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/values.py" line="22" />
        <source>A number, or text; several values separated by commas for 'in'</source>
        <translation>数值或文本；运算符为 in 时多个取值以逗号分隔</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/values.py" line="43" />
        <source>Give a value.</source>
        <translation>请填写取值。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="32" />
        <source>Industry: {codes}</source>
        <translation>行业：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="35" />
        <source>Construction: {natures}</source>
        <translation>建设性质：{natures}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="38" />
        <source>Catalogue class: {classes}</source>
        <translation>目录类别：{classes}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="50" />
        <source>{attribute}: yes</source>
        <translation>{attribute}：是</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="52" />
        <source>{attribute}: no</source>
        <translation>{attribute}：否</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="63" />
        <source>Expression: {expression}</source>
        <translation>表达式：{expression}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="55" />
        <source>Written in YAML: {text}</source>
        <translation>以 YAML 书写：{text}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="71" />
        <source>Within {distance} m of {layer}</source>
        <translation>距{layer} {distance} m 范围内</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="74" />
        <source>Entirely inside {layer}</source>
        <translation>完全位于{layer}内</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="76" />
        <source>Outside {layer}</source>
        <translation>位于{layer}外</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="78" />
        <source>Overlapping {layer}</source>
        <translation>与{layer}重叠</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="79" />
        <source> (features where {filter})</source>
        <translation>（要素筛选：{filter}）</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="89" />
        <source>Rule Editor…</source>
        <translation>规则编辑器…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="91" />
        <source>Edit a rule set's rules, with conditions suggested from their text</source>
        <translation>编辑规则集的条款，并可采用根据条款文本提出的条件建议</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="54" />
        <source>The site and the causes of its verdict farther away; the frame marks the map above</source>
        <translation>选址及较远处的判定原因（虚线框为上图范围）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/cause_phrases.py" line="15" />
        <source>{layer}: where the clause requires the site</source>
        <translation>{layer}：条款要求的选址范围</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register_records.py" line="52" />
        <source>Register {path}, entry {seq}: the recorded review cannot be read ({error}).</source>
        <translation>台账 {path} 第 {seq} 条：记录的审查无法读取（{error}）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register_records.py" line="130" />
        <source>There is no review register at {path}. Save a review to the register first, or choose the register under Settings ▸ Options ▸ Zoning Review.</source>
        <translation>{path} 处没有审查台账。请先将一次审查保存到台账，或在“设置 ▸ 选项 ▸ 分区管控审查”中选择台账。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register_records.py" line="134" />
        <source>{path} is not a review register (it has no layer {layer} with the register's columns).</source>
        <translation>{path} 不是审查台账（其中没有具有台账字段的图层 {layer}）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_judgements.py" line="45" />
        <source>The judgement of {rule} was removed; the removal is kept in the review's record.</source>
        <translation>已撤销 {rule} 的判定；撤销记录保留在审查记录中。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="358" />
        <source>Remove the judgement</source>
        <translation>撤销判定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/judgement_dialog.py" line="69" />
        <source>The clause is left to the rules' finding again; the removal is kept in the record</source>
        <translation>该条款重新以规则结论为准；撤销记录予以保留</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="58" />
        <source>Reviews are appended to this GeoPackage by 'Save to register'; it is created when missing</source>
        <translation>“保存到台账”将审查追加到此 GeoPackage；文件不存在时自动创建</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="60" />
        <source>Review register (台账)</source>
        <translation>审查台账</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="78" />
        <source>Register</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="79" />
        <source>The review register: open a past review, or re-review every entry</source>
        <translation>审查台账：打开以往的审查，或复核全部条目</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="82" />
        <source>Open the register…</source>
        <translation>打开台账…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="83" />
        <source>Re-review the register…</source>
        <translation>复核台账…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="156" />
        <source>register entry {seq}</source>
        <translation>台账第 {seq} 条</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="161" />
        <source>Register entry {seq} opened as a new review: reviewed again with the current rule set and unit layer.</source>
        <translation>台账第 {seq} 条已作为新审查打开：按当前规则集和单元图层重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="169" />
        <source>The register is being re-reviewed already.</source>
        <translation>台账正在复核中。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="176" />
        <source>Bind a rule set to a unit layer first: the register is re-reviewed with it.</source>
        <translation>请先将规则集绑定到单元图层：台账将按其复核。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="202" />
        <source>Re-review of the register {path}</source>
        <translation>台账 {path} 复核</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="247" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="224" />
        <source>The re-review's table could not be loaded.</source>
        <translation>无法加载复核结果表。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="226" />
        <source>Re-review of the register</source>
        <translation>台账复核</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="229" />
        <source>{changed} of {total} register entries change verdict; the table '{name}' is loaded.</source>
        <translation>{total} 条台账记录中有 {changed} 条结论变化；已加载表“{name}”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="38" />
        <source>Review register</source>
        <translation>审查台账</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="43" />
        <source>{path} — {n} reviews</source>
        <translation>{path} — {n} 条审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="52" />
        <source>Filter: number, date, project, verdict, reviewer or rule set</source>
        <translation>筛选：编号、日期、项目、结论、审查人或规则集</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="61" />
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="63" />
        <source>Show the review as it was recorded, in the panel</source>
        <translation>在面板中按记录原样显示该审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="73" />
        <source>Open as a new review</source>
        <translation>作为新审查打开</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="66" />
        <source>Take its site, description, judgements and opinion into the panel and review them again with the current binding</source>
        <translation>将其地块、项目信息、判定和审查意见带入面板，并按当前绑定重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="19" />
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="20" />
        <source>Rule-set version</source>
        <translation>规则集版本</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="20" />
        <source>Rule-set SHA-256</source>
        <translation>规则集 SHA-256</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="21" />
        <source>Plugin version</source>
        <translation>插件版本</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="40" />
        <source>Judged {word} by {reviewer}, {time}</source>
        <translation>{reviewer} 判定为{word}，{time}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="43" />
        <source>: {remark}</source>
        <translation>：{remark}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="75" />
        <source>Back to the current review</source>
        <translation>返回当前审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="90" />
        <source>&lt;b&gt;Register entry {seq}&lt;/b&gt; (read-only, as recorded): {name}</source>
        <translation>&lt;b&gt;台账第 {seq} 条&lt;/b&gt;（只读，按记录原样）：{name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="93" />
        <source>recorded {time}</source>
        <translation>记录于 {time}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="95" />
        <source>Recorded</source>
        <translation>记录信息</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="98" />
        <source>Name: {value}</source>
        <translation>名称：{value}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="98" />
        <source>Industry: {value}</source>
        <translation>行业：{value}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="98" />
        <source>Construction: {value}</source>
        <translation>建设性质：{value}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="98" />
        <source>Catalogue class: {value}</source>
        <translation>产业目录类别：{value}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="107" />
        <source>Overall opinion</source>
        <translation>总体审查意见</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="107" />
        <source>(none recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="128" />
        <source>Clauses ({count})</source>
        <translation>条款（{count}）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="133" />
        <source>Site-level clauses</source>
        <translation>地块级条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="147" />
        <source>{clause}: judgement {word} removed by {by}, {at}</source>
        <translation>{clause}：判定“{word}”已由 {by} 撤销，{at}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="117" />
        <source>Re-review cancelled; nothing was written.</source>
        <translation>复核已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="36" />
        <source>Polygons with the project attributes 'Review sites' reads (industry, construction nature, catalogue class, the rule set's declared attributes). Leave empty when re-reviewing a register.</source>
        <translation>带有“审查地块”所读项目属性（行业、建设性质、目录类别、规则集声明的属性）的面。复核台账时留空。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="40" />
        <source>The control unit layer to review with now (the same or a new version).</source>
        <translation>现在用于审查的管控单元图层（同一版本或新版本）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="53" />
        <source>One row per site: verdict before and after, whether it changed, the clauses added, removed or with another finding, and the register number of a register entry.</source>
        <translation>每个地块一行：前后结论、是否变化、新增、删除或结论变化的条款，以及台账条目的台账编号。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="205" />
        <source>The register {path} holds no reviews yet.</source>
        <translation>台账 {path} 中尚无审查记录。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="211" />
        <source>{n} register entries to re-review.</source>
        <translation>待复核的台账记录 {n} 条。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="67" />
        <source>The unit code field; leave empty to use the panel's binding or a detected field.</source>
        <translation>单元编码字段；留空则使用面板的绑定或自动识别的字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="68" />
        <source>The unit name field; leave empty to use the panel's binding or a detected field.</source>
        <translation>单元名称字段；留空则使用面板的绑定或自动识别的字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="69" />
        <source>The unit category field (优先保护 / 重点管控 / 一般管控); leave empty to use the panel's binding or a detected field.</source>
        <translation>单元类别字段（优先保护 / 重点管控 / 一般管控）；留空则使用面板的绑定或自动识别的字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="78" />
        <source>The project's name, shown in the notes; detected from common names when empty.</source>
        <translation>项目名称，显示在审查意见中；留空时按常用名称识别。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="79" />
        <source>The GB/T 4754-2017 industry code (such as C2614); detected when empty.</source>
        <translation>GB/T 4754-2017 行业代码（如 C2614）；留空时自动识别。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="80" />
        <source>新建 / 扩建 / 改建 / 迁建 / 技改 (or new, expansion, …); detected when empty.</source>
        <translation>新建 / 扩建 / 改建 / 迁建 / 技改（或 new、expansion 等）；留空时自动识别。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="84" />
        <source>When a site field's name differs from the declared attribute: attribute=field; … (for example boiler_tph=GLRL).</source>
        <translation>地块字段名与声明的属性不同时：属性=字段; …（例如 boiler_tph=GLRL）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="94" />
        <source>The language of reasons in the outputs and of the notes.</source>
        <translation>输出中理由及审查意见的语言。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="95" />
        <source>Write review notes for every site: none, HTML, PDF or Word.</source>
        <translation>为每个地块编写审查意见：不编写、HTML、PDF 或 Word。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="102" />
        <source>One row per site and overlapped unit: overlap geometry, areas, unit verdict, counts.</source>
        <translation>每个地块与所叠加单元一行：叠加几何、面积、单元结论、计数。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="103" />
        <source>One row per site: verdict, deciding reason and deciding clause ids, styled by verdict.</source>
        <translation>每个地块一行：结论、决定性理由和决定性条款编号，按结论设置样式。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="104" />
        <source>Keep every finding as JSON in the findings layer (off makes the layer smaller).</source>
        <translation>在结果图层中以 JSON 保留全部结论（关闭可减小图层）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="105" />
        <source>One row per site, unit and applicable clause, with empty judgement, remark and reviewer columns to fill in and give back as judgements.</source>
        <translation>每个地块、单元和适用条款一行，附空的判定、备注和审查人列，填写后可作为判定输入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="245" />
        <source>the scope expression {expression} does not parse: {problem}</source>
        <translation>适用范围表达式 {expression} 无法解析：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="266" />
        <source>rule id {rule} is in several lists ({lists}): its findings are named {named}</source>
        <translation>条款编号 {rule} 出现在多个清单中（{lists}）：其审查结果分别记为 {named}</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="267" />
        <source>attribute {attribute} is declared differently in the lists {first} and {other}: the declaration of {first} is used</source>
        <translation>属性 {attribute} 在清单 {first} 与 {other} 中的声明不同：采用 {first} 的声明</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/clause_rows.py" line="43" />
        <source>Access list title</source>
        <translation>清单名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="63" />
        <source>Issuing authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/clause_rows.py" line="43" />
        <source>Access list version</source>
        <translation>清单版本</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/clause_rows.py" line="43" />
        <source>SHA-256 of the access list file</source>
        <translation>清单文件 SHA-256</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="64" />
        <source>Access lists of the deciding clauses</source>
        <translation>决定性条款所属清单</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="371" />
        <source>no access list of the binding applies to unit {code}: bind a list whose scope covers it</source>
        <translation>绑定的准入清单均不适用于单元 {code}：请绑定适用范围覆盖该单元的清单</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Rule sets: several access lists may be given in order (e.g. the province's general list, the county's category list and the unit list); each applies to the units of the scope it declares (applies_to: all, an administrative code such as ZH130000, or an expression). A unit no list covers needs information. Every finding names its list (title, authority, version, SHA-256): the source_list columns of Clauses and the source of each finding in findings_json.</source>
        <translation>规则集：可按顺序给出多个准入清单（例如省级总体准入清单、县级分类管控清单和单元清单）；每个清单适用于其声明的适用范围内的单元（applies_to：all 全部单元、行政区划代码如 ZH130000，或表达式）。没有任何清单覆盖的单元视为“需补充信息”。每条审查结果均注明所属清单（名称、发布机关、版本、SHA-256）：见逐条审查的 source_list 等字段及 findings_json 中每条结果的 source。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="77" />
        <source>Several lists given together (e.g. the province's, the county's and the unit list) are checked as they are applied: rule ids found in more than one list are reported (their findings are named list/rule), and with a unit layer every unit no list's scope covers is reported (a review finds such a unit needs information).</source>
        <translation>一并给出的多个清单（例如省级、县级清单和单元清单）按实际适用方式校验：报告出现在多个清单中的条款编号（其审查结果记为“清单/条款”）；给出管控单元图层时，报告不在任何清单适用范围内的单元（审查时此类单元为“需补充信息”）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="89" />
        <source>Rule sets (YAML, one or several lists in order)</source>
        <translation>规则集（YAML，一个或按顺序多个清单）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="89" />
        <source>The rule-set files to check: their structure, dates, ids, codes and declared names, and, for several lists, the rule ids they share.</source>
        <translation>要校验的规则集文件：其结构、日期、编号、代码和声明的名称，多个清单时还校验共用的条款编号。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="113" />
        <source>Rule ids found in several lists</source>
        <translation>多个清单共用的条款编号数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="114" />
        <source>Units no list covers</source>
        <translation>未被任何清单覆盖的单元数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="115" />
        <source>Codes of the units no list covers</source>
        <translation>未被任何清单覆盖的单元编码</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="121" />
        <source>Choose at least one rule-set file.</source>
        <translation>请至少选择一个规则集文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/coverage.py" line="33" />
        <source>The unit must be covered by an access list.</source>
        <translation>管控单元须有适用的准入清单。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="178" />
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="143" />
        <source>scope as the file declares</source>
        <translation>按清单文件声明的适用范围</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="49" />
        <source>Move this list up (lists are listed in this order in the notes)</source>
        <translation>上移该清单（审查意见按此顺序列出清单）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="57" />
        <source>Remove this list from the binding</source>
        <translation>从绑定中移除该清单</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="85" />
        <source>Add another rule set…</source>
        <translation>添加另一个规则集…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="87" />
        <source>Apply another access list together with this one (e.g. the province's general list, a city's or county's list and the unit list)</source>
        <translation>与本清单一并适用另一个准入清单（例如省级总体准入清单、市或县级清单及单元清单）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="98" />
        <source>Access lists</source>
        <translation>准入清单</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="178" />
        <source>In force</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="178" />
        <source>Rule file and SHA-256</source>
        <translation>规则文件及 SHA-256</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="184" />
        <source>all units</source>
        <translation>全部单元</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="99" />
        <source>The access-list rule sets (YAML): one file, or several lists in order (e.g. the province's, the county's and the unit list), each applied to the units of the scope it declares. Leave empty to use the rule sets bound to the unit layer in the panel.</source>
        <translation>准入清单规则集（YAML）：一个文件，或按顺序给出的多个清单（例如省级、县级清单和单元清单），各自适用于其声明的适用范围内的单元。留空则使用面板中为管控单元图层绑定的规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="92" />
        <source>Tables (*.xlsx *.ods *.csv *.txt *.xls *.docx)</source>
        <translation>表格 (*.xlsx *.ods *.csv *.txt *.xls *.docx)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="111" />
        <source>Access list: {title} ({authority}, version {version})</source>
        <translation>所属清单：{title}（{authority}，版本 {version}）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="146" />
        <source>Project layer {layer} (declared as {name} when picked)</source>
        <translation>项目图层 {layer}（选用时声明为 {name}）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="134" />
        <source>The later rule set decides these clauses the reviewer had judged; their judgements are not applied: {clauses}</source>
        <translation>新规则集已能判定审查人曾判定的下列条款，其判定不再适用：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/labels.py" line="83" />
        <source>Prohibited (禁止类, negative list)</source>
        <translation>禁止类（负面清单）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="52" />
        <source>Not listed (允许类)</source>
        <translation>未列入（允许类）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="16" />
        <source>The units this list applies to: empty = as the file declares; 'all'; an administrative code such as ZH130000 (units whose code starts with ZH13); or a QGIS expression over the unit layer's fields, e.g. "ZLCB" = '是'.</source>
        <translation>该清单适用的单元：留空 = 按文件声明；'all' 表示全部单元；行政区划代码如 ZH130000（编码以 ZH13 开头的单元）；或基于管控单元图层字段的 QGIS 表达式，例如 "ZLCB" = '是'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="242" />
        <source>{role} in the column mapping is not a column role: use code, name, category, spatial_layout, pollutant_emission, risk_prevention, resource_efficiency, dimension or requirement (or 单元编码, 空间布局约束 …).</source>
        <translation>列对应中的 {role} 不是可识别的列用途：请使用 code、name、category、spatial_layout、pollutant_emission、risk_prevention、resource_efficiency、dimension 或 requirement（或 单元编码、空间布局约束、管控维度 ……）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="195" />
        <source>position to layer {layer}</source>
        <translation>与{layer}的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="209" />
        <source>Re-reviewing the register {path} with {layer} and {rules} (progress and cancel in the task manager).</source>
        <translation>正在按 {layer} 和 {rules} 复核台账 {path}（进度与取消见任务管理器）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="47" />
        <source>The new rule set (for example the list after the 5-year adjustment). Leave empty to use the rule sets bound to the unit layer in the panel (several lists, each with its scope).</source>
        <translation>新规则集（例如五年调整后的清单）。留空则使用面板中绑定到单元图层的规则集（多个清单，各按其适用范围）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/cause_phrases.py" line="20" />
        <source>{layer}: where the clause prohibits the project</source>
        <translation>{layer}：条款禁止的范围</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/cause_phrases.py" line="25" />
        <source>{layer}: where the clause restricts the project</source>
        <translation>{layer}：条款限制的范围</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="120" />
        <source>Open the first rule set in the rule editor (each further list has its own ✎)</source>
        <translation>在规则编辑器中打开第一个规则集（其后的每个清单各有自己的 ✎ 按钮）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_list_rows.py" line="53" />
        <source>Open this list in the rule editor</source>
        <translation>在规则编辑器中打开此清单</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="96" />
        <source>Judgement removed</source>
        <translation>被撤销的判定</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="96" />
        <source>Judged by</source>
        <translation>判定人</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="96" />
        <source>Removed by</source>
        <translation>撤销人</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="96" />
        <source>Judgements removed by the reviewer (kept in the record)</source>
        <translation>审查人撤销的判定（记录中保留）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="166" />
        <source>Row {row} has no unit code; it was read as a further row of unit {code} directly above it.</source>
        <translation>第 {row} 行没有单元编码，已作为紧邻其上的单元 {code} 的续行读入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="167" />
        <source>Row {row} of table {table} has no unit code; it was read as a further row of unit {code} directly above it.</source>
        <translation>表 {table} 第 {row} 行没有单元编码，已作为紧邻其上的单元 {code} 的续行读入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="169" />
        <source>Row {row} of table {table} has no unit code; it was read as the rest of the row of unit {code} that ends the table before (a row split across two tables).</source>
        <translation>表 {table} 第 {row} 行没有单元编码，已作为上一表末行（单元 {code}）的其余部分读入（该行被拆分在两个表中）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="60" />
        <source>Not relevant</source>
        <translation>不涉及</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="57" />
        <source>The units are in a database but the sites are not in the same one, so the overlay runs in QGIS; load the sites into the units' database to run it there.</source>
        <translation>管控单元在数据库中，但选址不在同一数据库中，因此叠加分析在 QGIS 中进行；将选址导入管控单元所在的数据库即可在数据库中进行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="61" />
        <source>The unit layer is not one table with a one-column key, so the overlay runs in QGIS.</source>
        <translation>管控单元图层不是带单列主键的单张表，因此叠加分析在 QGIS 中进行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="178" />
        <source>The overlay cannot run in the database ({reason}); it runs in QGIS instead.</source>
        <translation>叠加分析无法在数据库中进行（{reason}），改在 QGIS 中进行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="301" />
        <source>A query in the database failed ({reason}); these {n} sites are overlaid in QGIS instead.</source>
        <translation>数据库中的一次查询失败（{reason}）；这 {n} 个选址改在 QGIS 中进行叠加分析。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="197" />
        <source>The overlay of the sites with the units runs in the database {database}: one query per {n} sites.</source>
        <translation>选址与管控单元的叠加分析在数据库 {database} 中进行：每 {n} 个选址一次查询。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown_units.py" line="192" />
        <source>unit {key} of the table is not in the layer</source>
        <translation>表中的单元 {key} 不在图层中</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="257" />
        <source>the database did not measure unit {key}</source>
        <translation>数据库未计算单元 {key} 的面积</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown_units.py" line="88" />
        <source>the table's spatial reference ({srid}) is not the layer's {crs}</source>
        <translation>表的空间参考（{srid}）不是图层的 {crs}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown_units.py" line="101" />
        <source>the database has no geographic CRS on the ellipsoid {ellipsoid} for the units' CRS</source>
        <translation>数据库中没有与管控单元坐标系对应、基于椭球 {ellipsoid} 的地理坐标系</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown_units.py" line="112" />
        <source>the database measures areas differently from QGIS ({measured} m² against {expected} m²)</source>
        <translation>数据库计算的面积与 QGIS 不同（{measured} m²，QGIS 为 {expected} m²）</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown_units.py" line="136" />
        <source>the layer's key {key} is not a unique integer or text</source>
        <translation>图层的主键 {key} 不是唯一的整数或文本</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="78" />
        <source>Rule-set scopes: {scopes} lines for {files} rule-set files. Give one line per file, in the order of the files (a blank line keeps a file's own scope).</source>
        <translation>规则集适用范围：给出了 {scopes} 行，而规则集文件有 {files} 个。请按文件顺序每个文件一行（空行表示沿用该文件自身的适用范围）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="94" />
        <source>Rule-set scopes are given for rule-set files: choose the files too, or set the scopes of the bound lists in the Zoning Review panel.</source>
        <translation>规则集适用范围须与规则集文件一同给出：请同时选择这些文件，或在“分区管控审查”面板中设置已绑定清单的适用范围。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="91" />
        <source>Which units each rule-set file applies to, one line per file in the order of the files: 'all', an administrative code such as ZH130638 (the units whose code starts with it), or an expression on the unit layer's fields such as left("HJGKDYBM", 8) = 'ZH130629'. A blank line, or no line, keeps the scope the list declares itself (applies_to). A unit no list covers needs information.</source>
        <translation>每个规则集文件适用于哪些单元，按文件顺序每个文件一行：“all”、行政区划代码（如 ZH130638，即编码以其开头的单元），或基于单元图层字段的表达式（如 left("HJGKDYBM", 8) = 'ZH130629'）。空行或未给出的行沿用清单自身声明的范围（applies_to）。没有任何清单覆盖的单元需补充信息。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="88" />
        <source>The site's area cannot be measured on the ellipsoid: some of its coordinates (or those of a unit it meets) lie outside where {crs} can be used. Check the site's coordinates and its CRS.</source>
        <translation>无法在椭球面上量算选址面积：选址（或与其相交的单元）有坐标位于以下坐标参考系的适用范围之外：{crs}。请检查选址的坐标及其坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/cause_legend.py" line="56" />
        <source>Cause of the selected finding</source>
        <translation>所选审查结果的原因</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="137" />
        <source>The review of {layer} with the rule set {path} failed.</source>
        <translation>用规则集 {path} 审查 {layer} 失败。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/shared_constraints.py" line="28" />
        <source>The constraint {rule} is bound to the layer {first} for {first_units} and to the layer {second} for {second_units}; a re-review of the register takes one layer for each constraint. Bind the same layer to {rule} for both unit layers, or unbind one of the unit layers and re-review with the other.</source>
        <translation>约束图层 {rule} 在 {first_units} 中绑定为图层 {first}，在 {second_units} 中绑定为图层 {second}；台账复核对每个约束只能采用一个图层。请为两个单元图层的 {rule} 绑定同一图层，或解除其中一个单元图层的绑定后用另一个复核。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="121" />
        <source>When a layer's name differs from the rule set's: rule_name=layer_name; … (for example river_bank=河流岸线). A layer may be named by its id instead, and one layer may stand for several rule names.</source>
        <translation>图层名称与规则集中不同时：规则名=图层名; …（例如 river_bank=河流岸线）。也可用图层 ID 代替图层名，一个图层可对应多个规则名。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="60" />
        <source>{area} m² of the site ({percent} %) lies outside every control unit of the unit layer: that part was not reviewed.</source>
        <translation>选址有 {area} m²（{percent}%）位于管控单元图层的所有管控单元之外：该部分未经审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="146" />
        <source>The sites are also reviewed against other unit layers</source>
        <translation>选址还将对照其他管控单元图层审查</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="54" />
        <source>No clause was found in conflict, but part or all of the site was not reviewed against the clauses, as said below.</source>
        <translation>未发现存在冲突的条款，但选址的部分或全部未能对照条款审查，详见下文。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>A site that cannot be reviewed (no geometry, outside every unit) is reported and listed as 'needs_study' with the reason; so is a site partly outside every unit, its reason giving that part's area and share. The batch goes on. Cancelling stops after the current site and keeps the rows written so far.</source>
        <translation>无法审查的选址（无几何图形、位于所有单元之外）将予以报告，并以“needs_study”列出、注明原因；部分位于所有单元之外的选址同样如此，原因中给出该部分的面积和占比。批处理继续进行。取消时，将在当前选址处理完毕后停止，并保留已写入的行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="62" />
        <source>{area} m² of the site ({percent} %) lies outside every control unit of the bound unit layers: that part was not reviewed.</source>
        <translation>选址有 {area} m²（{percent}%）位于所绑定的各管控单元图层的所有管控单元之外：该部分未经审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="41" />
        <source>Further control unit layers, as when several layers are bound in the panel: every site is reviewed against each, its verdict is the worst over the layers with units under it (needs further study where it lies partly or wholly outside every unit of them all) and its clauses are those of every layer.</source>
        <translation>更多管控单元图层，如同面板中绑定了多个图层：每个选址对每个图层分别审查，结论取选址所涉单元所在各图层中最不利者（选址部分或全部位于所有图层全部单元之外时为需进一步论证），条款为各图层条款之和。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="275" />
        <source>the database did not return an overlap's geometry</source>
        <translation>数据库未返回某一交叠部分的几何</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/review_rows.py" line="63" />
        <source>The unit layer has a say of the site</source>
        <translation>本单元图层参与该选址的结论</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="107" />
        <source>Set by the re-review over several unit layers: a part of a site outside this layer's units may lie in another layer's, so it does not make the site 'needs further study' here; the summary says in has_say whether this layer has a say of each site (units under it, or one near it that could not be overlaid).</source>
        <translation>由多图层复核设置：选址位于本图层单元之外的部分可能位于另一图层的单元内，因此在此不使选址成为“需进一步论证”；汇总表的 has_say 列说明本图层是否参与各选址的结论（选址下有其单元，或选址附近有无法叠加的单元）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Several unit layers (a province's and a city's, or one per city): merge them first with 'Merge vector layers', which names each unit's layer in the field layer, and scope each layer's rule set to its units (for example "layer" = 'city' in the scopes): each site gets the verdict the panel gives with the layers bound.</source>
        <translation>多个单元图层（省级与市级的，或每市一个）：先用“合并矢量图层”将其合并（合并结果以 layer 字段记录每个单元所属的图层），再将各图层的规则集的适用范围限定为其图层的单元（例如在适用范围中填写 "layer" = 'city'）：每个选址得到的结论与在面板中绑定这些图层时相同。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="57" />
        <source>The sites after the first {n} are not listed here: the summary output has every site.</source>
        <translation>前 {n} 个选址之后的选址不在此逐一列出：汇总表列有全部选址。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="64" />
        <source>{n} sites in all had this warning: {warning}</source>
        <translation>共有 {n} 个选址出现此警告：{warning}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="72" />
        <source>{n} sites reviewed: {counts}</source>
        <translation>已审查 {n} 个选址：{counts}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unusable.py" line="41" />
        <source>Feature {fids} of {layer} has no geometry and was skipped</source>
        <translation>{layer} 中的要素 {fids} 没有几何图形，已跳过</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_messages.py" line="21" />
        <source>✔ Rule set {id} {version}: 1 rule</source>
        <translation>✔ 规则集 {id} {version}：共 1 条条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="43" />
        <source>{path} — 1 review</source>
        <translation>{path} — 1 条审查</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="217" />
        <source>(1 data warning: hover for details)</source>
        <translation>（1 条数据警告：鼠标悬停查看详情）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="273" />
        <source>No site changes verdict.</source>
        <translation>没有选址的结论改变。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="275" />
        <source>1 site changes verdict: {sites}</source>
        <translation>1 个选址结论改变：{sites}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="211" />
        <source>1 register entry to re-review.</source>
        <translation>待复核的台账记录 1 条。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="51" />
        <source>1 clause judged in the judgements table.</source>
        <translation>人工判定表中共判定 1 条条款。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="72" />
        <source>1 site reviewed: {counts}</source>
        <translation>已审查 1 个选址：{counts}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="158" />
        <source>The rule set {path} is valid (1 rule).</source>
        <translation>规则集 {path} 有效（共 1 条条款）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="176" />
        <source>YAML reads yes, no, true, false, on and off without quotes as yes/no, which a unit-layer field does not hold; write the value in quotes as the layer holds it, such as '是', '否' or 'yes'.</source>
        <translation>不加引号的 yes、no、true、false、on 和 off 会被 YAML 读作是/否（布尔值），而管控单元图层字段中并无此类取值；请按图层中的写法给取值加上引号，如 '是'、'否' 或 'yes'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="178" />
        <source>in compares a unit-layer field with a list of values; write op: in with value: [...], or one value with ==, != or a number comparison.</source>
        <translation>in 用于将管控单元图层字段与一组取值比较：请写成 op: in 并给出 value: [...]，单个取值请用 ==、!= 或数值比较。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="180" />
        <source>The comparison {op} needs a number, not {value}.</source>
        <translation>比较运算 {op} 需要数值，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="186" />
        <source>The unit-layer value {value} is already mapped to kind {other} as {first}: values are compared ignoring case, full-width forms and spaces.</source>
        <translation>管控单元图层取值 {value} 已以 {first} 的写法映射到类别 {other}：取值比较时不区分大小写、全角半角和空格。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="103" />
        <source>The expression compares {name} with '{value}', which names the value {id}; an expression compares the ids of declared values: write '{id}'.</source>
        <translation>表达式将 {name} 与 '{value}' 比较，该值指的是取值 {id}；表达式比较的是已声明取值的 id：请写成 '{id}'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="105" />
        <source>The expression compares {name} with '{value}', which is not one of the values declared for {name}; an expression compares their ids: {allowed}.</source>
        <translation>表达式将 {name} 与 '{value}' 比较，该值不是 {name} 已声明的取值；表达式比较的是取值的 id：{allowed}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="298" />
        <source>The file contains the character {character}, which YAML does not allow (a control character, invisible in most editors); delete it here.</source>
        <translation>文件含有 YAML 不允许的字符 {character}（控制字符，多数编辑器中不可见）；请删除此处的该字符。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="286" />
        <source>industry {industry} in field {field} is a number, which loses leading zeros (0313 becomes 313, another industry): store industry codes as text, such as A0313</source>
        <translation>字段 {field} 中的行业 {industry} 为数值，数值会丢失前导零（0313 会变成 313，即另一行业）：请以文本存储行业代码，如 A0313</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="288" />
        <source>industry {industry} is a number, which loses leading zeros (0313 becomes 313, another industry): give industry codes as text, such as A0313</source>
        <translation>行业 {industry} 为数值，数值会丢失前导零（0313 会变成 313，即另一行业）：请以文本填写行业代码，如 A0313</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="321" />
        <source>unit attribute {field} value {value} is not yes or no</source>
        <translation>单元属性 {field} 的取值“{value}”不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../plugin/gui/industry_picker.py" line="108" />
        <source>Field {field} holds the number {number}, which loses leading zeros (0313 becomes 313, another industry): enter the code here, and store industry codes as text, such as A0313.</source>
        <translation>字段 {field} 中为数值 {number}，数值会丢失前导零（0313 会变成 313，即另一行业）：请在此填写行业代码，并以文本存储行业代码，如 A0313。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="148" />
        <source>{rule} (unit {units})</source>
        <translation>{rule}（单元 {units}）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/formatting.py" line="74" />
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="292" />
        <source>catalogue class is not given: no site field holds it</source>
        <translation>未提供目录类别：没有选址字段存放该项</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="254" />
        <source>Re-review compares the reviews site by site through their ids, and several sites share the ids {ids}: choose a site id field whose every value is given once, or none to use the feature ids.</source>
        <translation>复核按编号逐个比较选址的审查结果，而多个选址共用编号 {ids}：请选择每个值只出现一次的选址编号字段，或不选以使用要素 ID。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="81" />
        <source>鼓励类 / 限制类 / 淘汰类, empty when not listed; detected when empty. With no catalogue field at all the class is not given, and rules that read it need information.</source>
        <translation>鼓励类 / 限制类 / 淘汰类，不在目录中时为空；留空时自动识别。完全没有目录类别字段时视为未提供，读取它的条款需补充信息。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="112" />
        <source>No site field holds the catalogue class (the names looked for: {names}): every site's catalogue class is taken as not given, not as not listed, and the rules that read it need information. Choose the field in “{parameter}”.</source>
        <translation>没有选址字段存放目录类别（查找的字段名：{names}）：各选址的目录类别视为未提供（而非未列入目录），读取目录类别的条款需补充信息。请在“{parameter}”中选择该字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="116" />
        <source>No site field holds the industry code (the names looked for: {names}): the rules that read it need information for every site. Choose the field in “{parameter}”.</source>
        <translation>没有选址字段存放行业代码（查找的字段名：{names}）：读取行业代码的条款对所有选址均需补充信息。请在“{parameter}”中选择该字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="118" />
        <source>No site field holds the construction nature (the names looked for: {names}): the rules that read it need information for every site. Choose the field in “{parameter}”.</source>
        <translation>没有选址字段存放建设性质（查找的字段名：{names}）：读取建设性质的条款对所有选址均需补充信息。请在“{parameter}”中选择该字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="43" />
        <source>Feature {fid} of the sites has no id in the field {field}: it is reviewed as #{fid}, its feature id.</source>
        <translation>选址图层的要素 {fid} 在字段 {field} 中没有编号：按其要素 ID 以 #{fid} 审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="46" />
        <source>{n} sites have no id in the field {field}: each is reviewed as # and its feature id. Their feature ids: {fids}</source>
        <translation>{n} 个选址在字段 {field} 中没有编号：各以 # 加其要素 ID 审查。其要素 ID：{fids}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="53" />
        <source>The site id {ids} is given to several sites (their feature ids in brackets): their rows in the outputs share it, and a judgement of it judges none of them. Give each site its own id.</source>
        <translation>选址编号 {ids} 被多个选址使用（括号内为其要素 ID）：这些选址在输出中的行共用该编号，针对该编号的判定不应用于其中任何选址。请为每个选址指定唯一编号。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="53" />
        <source>{n} site ids are each given to several sites (their feature ids in brackets): their rows in the outputs share an id, and a judgement of such an id judges none of them. Give each site its own id. The ids: {ids}</source>
        <translation>{n} 个选址编号各被多个选址使用（括号内为其要素 ID）：这些选址在输出中的行共用编号，针对此类编号的判定不应用于其中任何选址。请为每个选址指定唯一编号。这些编号：{ids}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="130" />
        <source>Judgements of site ids that several sites share are not applied, since it cannot be told which site they judge; those clauses keep the rules' finding (a check by hand still needed): {clauses}</source>
        <translation>多个选址共用编号的判定未予采用，因为无法确定其针对哪个选址；相应条款保留规则审查结果（仍需人工核查）：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_filter.py" line="39" />
        <source>The filter {where} of layer {layer} names {missing}, which the layer does not have (its fields: {fields})</source>
        <translation>图层 {layer} 的过滤条件 {where} 用到了该图层没有的字段 {missing}（该图层的字段：{fields}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_filter.py" line="41" />
        <source>The filter {where} of layer {layer} cannot be evaluated on feature {fid}: {error}</source>
        <translation>图层 {layer} 的过滤条件 {where} 无法对要素 {fid} 求值：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_filter.py" line="42" />
        <source>The filter {where} of layer {layer} gives {value} on feature {fid}, which is neither true nor false</source>
        <translation>图层 {layer} 的过滤条件 {where} 对要素 {fid} 的结果为 {value}，既非真也非假</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/relations.py" line="49" />
        <source>The site could not be transformed to the CRS {crs} of layer {layer}: {error}</source>
        <translation>无法将选址转换到图层 {layer} 的坐标参考系 {crs}：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/relations.py" line="50" />
        <source>The site has no finite coordinates in the CRS {crs} of layer {layer}: the CRS cannot show where the site lies</source>
        <translation>选址在图层 {layer} 的坐标参考系 {crs}中没有有限坐标：该坐标参考系无法表示选址的位置</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="354" />
        <source>the filter of {layer} cannot be applied to the bound layer (see the data warnings), so the site's position to it is unknown</source>
        <translation>{layer} 的过滤条件无法用于所绑定的图层（见数据警告），无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="358" />
        <source>the site cannot be placed in the CRS of the layer bound to {layer} (see the data warnings), so the site's position to it is unknown</source>
        <translation>选址无法转换到 {layer} 所绑定图层的坐标参考系（见数据警告），无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/layer_fields.py" line="26" />
        <source>Rule {rule}: the filter {where} of layer {layer} names {missing}, which the bound layer {bound} does not have (its fields: {fields}); correct the filter or bind a layer that has these fields.</source>
        <translation>条款 {rule}：图层 {layer} 的过滤条件 {where} 用到了所绑定图层 {bound} 没有的字段 {missing}（该图层的字段：{fields}）；请修改过滤条件，或绑定含有这些字段的图层。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="265" />
        <source>Filter not applicable to the layer: position unknown</source>
        <translation>过滤条件无法用于该图层：位置关系未知</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="277" />
        <source>Site not placeable in the layer's CRS: position unknown</source>
        <translation>选址无法转换到该图层的坐标参考系：位置关系未知</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="182" />
        <source>Layer {layer} has an undefined coordinate reference system ({crs}), so where its coordinates lie is unknown: set the CRS they are in (Layer Properties › Source, or Processing's Assign projection), then run again.</source>
        <translation>图层{layer}的坐标参考系未定义（{crs}），无法确定其坐标所在位置：请设置其坐标实际所用的坐标参考系（图层属性 › 源，或 Processing 的“指定投影”），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/crs_check.py" line="90" />
        <source>The site's coordinate reference system is undefined ({crs}), so where it lies is unknown: set the CRS of the site's layer (Layer Properties › Source, or Processing's Assign projection), then review again.</source>
        <translation>选址的坐标参考系未定义（{crs}），无法确定其位置：请设置选址所在图层的坐标参考系（图层属性 › 源，或 Processing 的“指定投影”），然后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/site_attributes.py" line="64" />
        <source>{what}: “{part}” is not name=value. Write each entry as a name, = and a value, entries separated by semicolons: name=value; name=value.</source>
        <translation>{what}：“{part}”不是 name=value 形式。每项写成名称、= 和值，各项之间用分号分隔：name=value; name=value。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/site_attributes.py" line="68" />
        <source>{what}: {name} is given twice. Give each name once.</source>
        <translation>{what}：{name} 出现了两次。每个名称只能给出一次。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="91" />
        <source>{attribute} is {value}; rule: {op} {limit}</source>
        <translation>{attribute} 为 {value}；条款要求：{op} {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/attribute_rows.py" line="98" />
        <source>“{value}” is not a number: the site needs further study until you enter one.</source>
        <translation>“{value}”不是数值：在填写数值之前，该选址需进一步论证。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/rule_panel.py" line="193" />
        <source>{value} (not recognised)</source>
        <translation>{value}（无法识别）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/given_values.py" line="42" />
        <source>The site's field gives “{value}”, which the review does not recognise: the site needs further study until you choose a value from the list.</source>
        <translation>选址字段给出的“{value}”无法识别：在从列表中选择取值之前，该选址需进一步论证。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="76" />
        <source>Unknown: the site's layer has no catalogue field</source>
        <translation>未知：选址图层没有目录类别字段</translation>
    </message>
    <message>
        <location filename="../plugin/gui/project_form.py" line="76" />
        <source>No field of the selected feature holds the catalogue class: the rules that read it need information. Choose “Not given” if the project is not listed.</source>
        <translation>选中要素没有目录类别字段：读取目录类别的条款需补充信息。项目未列入目录时请选择“未提供”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_writer.py" line="160" />
        <source>{output}: rows could not be written ({error}). The run was stopped; the file holds only the rows written before. Choose another file or format, such as a GeoPackage (.gpkg).</source>
        <translation>{output}：数据行未能写入（{error}）。运行已停止，该文件只含此前已写入的行。请选择其他文件或格式，例如 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_writer.py" line="164" />
        <source>{output}: rows could not be written. The run was stopped; the file holds only the rows written before. Choose another file or format, such as a GeoPackage (.gpkg).</source>
        <translation>{output}：数据行未能写入。运行已停止，该文件只含此前已写入的行。请选择其他文件或格式，例如 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="82" />
        <source>A unit layer or constraint layer given without a coordinate reference system, or with an undefined one (a GeoPackage layer saved without one), is an error naming the layer: 'Review sites' would refuse it.</source>
        <translation>给出的单元图层或约束图层没有坐标参考系，或坐标参考系未定义（未设置坐标参考系保存的 GeoPackage 图层）时，按错误报告并写明图层名称：“选址审查”会拒绝该图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="190" />
        <source>Layers given with the rule set {path} cannot be used by a review:
{messages}</source>
        <translation>与规则集 {path} 一起给出的图层无法用于审查：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="44" />
        <source>The sites not reviewed after the first {n} are not listed here: the summary output gives each one's reason.</source>
        <translation>前 {n} 个之后未能审查的选址不在此列出：汇总输出中给出了每个选址的原因。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_log.py" line="67" />
        <source>{n} sites in all were not reviewed.</source>
        <translation>共有 {n} 个选址未能审查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register_records.py" line="148" />
        <source>Register {path}: the entry saved at {time} for {name} has no sequence number; the register was edited outside the plugin. Give the entry its number, or remove it.</source>
        <translation>台账 {path}：{time} 为 {name} 存入的记录没有序号；台账曾在插件之外被编辑。请为该记录补上序号，或删除该记录。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="126" />
        <source>The override mark {value} is not understood: it must be true or false.</source>
        <translation>无法识别改判标记 {value}：应为 true 或 false。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="139" />
        <source>the reviewer's judgement {judgement} ({time}) was made on another text of this clause and is not applied: judge the clause again</source>
        <translation>审查人员的判定{judgement}（{time}）针对的是该条款的另一版文字，不予应用：请重新判定该条款</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="208" />
        <source>The register {path} has several entries numbered {numbers}; re-review tells entries apart by their number. Renumber them, or keep the registers apart.</source>
        <translation>台账 {path} 中有多条记录的序号为 {numbers}；复核按序号区分记录。请重新编号，或将各台账分开存放。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="138" />
        <source>{n} judgements were made on another text of their clause and were not applied; those clauses need further study until judged again: {clauses}</source>
        <translation>{n} 项判定针对的是所判条款的另一版文字，未予应用；这些条款在重新判定前需进一步论证：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="138" />
        <source>1 judgement was made on another text of its clause and was not applied; that clause needs further study until judged again: {clauses}</source>
        <translation>1 项判定针对的是所判条款的另一版文字，未予应用；该条款在重新判定前需进一步论证：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="172" />
        <source>Sheet {sheet} of {file} has no header the importer recognises and was not imported.</source>
        <translation>{file} 的工作表 {sheet} 没有可识别的表头，未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="173" />
        <source>Row {row} of sheet {sheet} has no unit code and was skipped.</source>
        <translation>工作表 {sheet} 第 {row} 行没有单元编码，已跳过。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="174" />
        <source>Row {row} of sheet {sheet} has no unit code; it was read as a further row of unit {code} directly above it.</source>
        <translation>工作表 {sheet} 第 {row} 行没有单元编码，已作为紧邻其上的单元 {code} 的续行读入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="176" />
        <source>Unit {code} appears again in row {row} of sheet {sheet}; its rules were added with a numbered id.</source>
        <translation>单元 {code} 在工作表 {sheet} 第 {row} 行再次出现；其条款已按带序号的编号添加。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="177" />
        <source>Row {row} of sheet {sheet}: {value} in the dimension column is none of the four dimensions; the row was not imported.</source>
        <translation>工作表 {sheet} 第 {row} 行：管控维度列中的“{value}”不属于四个管控维度，该行未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="179" />
        <source>Row {row}: {value} in the dimension column names more than one of the four dimensions; the row was not imported.</source>
        <translation>第 {row} 行：管控维度列中的“{value}”同时写了多个管控维度，该行未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="181" />
        <source>Row {row} of table {table}: {value} in the dimension column names more than one of the four dimensions; the row was not imported.</source>
        <translation>表 {table} 第 {row} 行：管控维度列中的“{value}”同时写了多个管控维度，该行未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="183" />
        <source>Row {row} of sheet {sheet}: {value} in the dimension column names more than one of the four dimensions; the row was not imported.</source>
        <translation>工作表 {sheet} 第 {row} 行：管控维度列中的“{value}”同时写了多个管控维度，该行未导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="185" />
        <source>Row {row} names several units in its unit-code cell ({codes}); each of its rules applies to all of them.</source>
        <translation>第 {row} 行的单元编码单元格列有多个单元（{codes}）；该行每条条款均适用于其中每个单元。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="187" />
        <source>Row {row} of table {table} names several units in its unit-code cell ({codes}); each of its rules applies to all of them.</source>
        <translation>表 {table} 第 {row} 行的单元编码单元格列有多个单元（{codes}）；该行每条条款均适用于其中每个单元。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="189" />
        <source>Row {row} of sheet {sheet} names several units in its unit-code cell ({codes}); each of its rules applies to all of them.</source>
        <translation>工作表 {sheet} 第 {row} 行的单元编码单元格列有多个单元（{codes}）；该行每条条款均适用于其中每个单元。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="230" />
        <source>Sheet {sheet}, column {column} ({header})</source>
        <translation>工作表 {sheet} 第 {column} 列（{header}）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="97" />
        <source>The worksheet to read; every sheet of the workbook when empty (a sheet without a recognisable header, such as a cover page, is named in a warning).</source>
        <translation>要读取的工作表；留空时依次读取工作簿的每个工作表（没有可识别表头的工作表，如封面，会在警告中指出）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/clause_rows.py" line="23" />
        <source>SHA-256 of the clause's text</source>
        <translation>条款文字的 SHA-256</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="78" />
        <source>投影类型 “{name}” is not Gauss-Krüger: choose the CRS by hand.</source>
        <translation>投影类型“{name}”不是高斯-克吕格投影：请手动选择坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="81" />
        <source>计量单位 “{unit}” is not metres: convert the coordinates to metres.</source>
        <translation>计量单位“{unit}”不是米：请将坐标换算为米。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="102" />
        <source>坐标系 “{name}” is not CGCS2000, Xian 1980 or Beijing 1954 (a local or independent system?): choose the CRS by hand.</source>
        <translation>坐标系“{name}”不是 CGCS2000、西安 1980 或北京 1954（是否为地方或独立坐标系？）：请手动选择坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="107" />
        <source>longitudes and latitudes in {name}: choose its geographic CRS by hand.</source>
        <translation>{name}的经纬度：请手动选择其地理坐标系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="114" />
        <source>带号 “{zone}” with 几度分带 “{width}” names no Gauss-Krüger zone (a zone number, or a central meridian such as 117): choose the CRS by hand.</source>
        <translation>带号“{zone}”（几度分带“{width}”）不对应任何高斯-克吕格投影带（应为带号或中央子午线，如 117）：请手动选择坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs.py" line="119" />
        <source>带号 {zone} disagrees with the zone number {prefix} written before the Y values (eastings): correct the file or choose the CRS by hand.</source>
        <translation>带号 {zone} 与 Y 值（东向坐标）前的带号 {prefix} 不一致：请更正文件或手动选择坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="268" />
        <source>Line {line}: the parcel header's point count (界址点数) “{count}” is not a whole number: the header starts with the number of point lines that follow.</source>
        <translation>第 {line} 行：地块行的界址点数“{count}”不是整数：地块行的第一个值应为其后的界址点行数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="277" />
        <source>Line {line}: ring {ring} (圈号) of parcel {parcel} continues after another ring began: the points of each ring must be consecutive lines.</source>
        <translation>第 {line} 行：地块 {parcel} 的第 {ring} 圈（圈号）在另一圈开始后又出现：同一圈号的界址点须连续排列。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="287" />
        <source>Parcel {parcel} (line {line}) declares {declared} points (界址点数) but {count} point lines follow: check whether lines are missing or the file was cut short.</source>
        <translation>地块 {parcel}（第 {line} 行）的界址点数为 {declared}，但其后有 {count} 行界址点：请检查是否缺行或文件不完整。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="69" />
        <source>Not set: choose the CRS of these coordinates</source>
        <translation>未设置：请选择这些坐标所用的坐标参考系</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="113" />
        <source>{file} holds several polygon layers ({names}): save the site's layer to a file of its own, or add the file to the map and use “Selected”.</source>
        <translation>{file} 含多个面图层（{names}）：请将选址图层单独保存为文件，或将文件加入地图后使用“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unit_index.py" line="58" />
        <source>Layer {layer} could not be read completely from its database (the connection failed or the table changed while it was read): check the connection and review again</source>
        <translation>图层 {layer} 未能从其数据库中完整读取（连接中断或读取期间数据表发生变化）：请检查连接后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="281" />
        <source>Only {count} sites of {layer} could be read from its database (the connection failed or the table changed while it was read): check the connection and review again.</source>
        <translation>仅从数据库读取到 {layer} 的 {count} 个选址（连接中断或读取期间数据表发生变化）：请检查连接后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="360" />
        <source>the layer bound to {layer} has no feature with a usable geometry (see the data warnings), so the site's position to it is unknown</source>
        <translation>{layer} 所绑定的图层没有几何图形可用的要素（见数据警告），无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="64" />
        <source>Constraint layer {layer} ({source}): {count} of its features have no finite coordinates in the unit layer's CRS {crs}, so where a site lies to the layer is unknown: check the CRS set for the layer.</source>
        <translation>约束图层 {layer}（{source}）：有 {count} 个要素在管控单元图层的坐标参考系 {crs}中没有有限坐标，无法确定选址与该图层的位置关系：请检查该图层设置的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="251" />
        <source>Cancelled after 1 site.</source>
        <translation>已取消：已完成 1 个选址。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="252" />
        <source>Cancelled after {n} sites.</source>
        <translation>已取消：已完成 {n} 个选址。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="66" />
        <source>Constraint layer {layer} ({source}): 1 of its features has no finite coordinates in the unit layer's CRS {crs}, so where a site lies to the layer is unknown: check the CRS set for the layer.</source>
        <translation>约束图层 {layer}（{source}）：有 1 个要素在管控单元图层的坐标参考系 {crs}中没有有限坐标，无法确定选址与该图层的位置关系：请检查该图层设置的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="40" />
        <source>Lists the rules added, removed and changed between two rule-set files.</source>
        <translation>列出两个规则集文件之间新增、删除和修改的条款。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="57" />
        <source>Turns a published access-list table (xlsx, ods, csv, docx) into a rule set of text-only rules.</source>
        <translation>将发布的准入清单表格（xlsx、ods、csv、docx）转换为由仅文字条款组成的规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="64" />
        <source>Reviews sites (or a review register) again with a later rule set and lists the verdicts and clauses that changed.</source>
        <translation>按新规则集重新审查选址（或审查台账），列出发生变化的结论和条款。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="279" />
        <source>Only 1 site of {layer} could be read from its database (the connection failed or the table changed while it was read): check the connection and review again.</source>
        <translation>仅从数据库读取到 {layer} 的 1 个选址（连接中断或读取期间数据表发生变化）：请检查连接后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="67" />
        <source>Reviews sites against the access lists of the control units they overlap: a verdict for each site and each unit.</source>
        <translation>对照选址涉及的环境管控单元的准入清单审查选址：给出每个选址、每个单元的结论。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="113" />
        <source>Screens every control unit for one project: the verdict a site would get if it lay in that unit.</source>
        <translation>针对一个项目筛查每个环境管控单元：选址位于该单元内时将得到的结论。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/suggest_conditions.py" line="38" />
        <source>Suggests conditions for a rule set's text-only rules from their clause text.</source>
        <translation>根据条款文本为规则集中的仅文字条款建议条件。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="67" />
        <source>Checks a rule-set file and names each problem with its line and column.</source>
        <translation>校验规则集文件，逐条指出问题及其所在的行和列。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="65" />
        <source>Point {name} (line {line}) is written in degrees, minutes and seconds, but {crs} is a projected CRS whose coordinates are metres: choose a geographic CRS such as EPSG:4490 (CGCS2000), or write the coordinates in metres.</source>
        <translation>点 {name}（第 {line} 行）以度分秒书写，但 {crs}是以米为单位的投影坐标参考系：请选择地理坐标参考系（如 EPSG:4490，CGCS2000），或以米为单位书写坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="85" />
        <source>The file is not text in UTF-8, UTF-16 (with its byte-order mark) or GBK (byte {offset}): save it as UTF-8 or GBK text and try again.</source>
        <translation>该文件不是 UTF-8、UTF-16（带字节顺序标记 BOM）或 GBK 文本（第 {offset} 字节）：请另存为 UTF-8 或 GBK 文本后重试。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="127" />
        <source>Line {line}: the minutes of “{token}” are {value}: minutes and seconds of an angle are below 60.</source>
        <translation>第 {line} 行：“{token}”的分为 {value}：角度的分和秒须小于 60。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="129" />
        <source>Line {line}: the seconds of “{token}” are {value}: minutes and seconds of an angle are below 60.</source>
        <translation>第 {line} 行：“{token}”的秒为 {value}：角度的分和秒须小于 60。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="30" />
        <source>Line {line}: “{text}” writes a decimal comma: write the coordinates with a decimal point, as in “{example}”.</source>
        <translation>第 {line} 行：“{text}”使用了小数逗号：请用小数点书写坐标，如“{example}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="256" />
        <source>Line {line}: “{text}” writes a decimal comma (X and Y make {count} values): write X and Y with a decimal point, as in “{example}”.</source>
        <translation>第 {line} 行：“{text}”使用了小数逗号（X、Y 被拆成 {count} 个值）：请用小数点书写 X 和 Y，如“{example}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="259" />
        <source>Line {line}: “{text}” has {count} values after 点号 and 圈号; a point line is “点号,圈号,X,Y”.</source>
        <translation>第 {line} 行：“{text}”在点号和圈号之后有 {count} 个值；界址点行应为“点号,圈号,X,Y”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="76" />
        <source>With a unit layer, the list's unit codes are compared with the layer's (its unit code field, detected from common names such as HJGKDYBM when empty): the codes the layer lacks, the units of the layer that no row names and the units without a code are named in warnings and counted in the outputs 'Unit codes not in the unit layer' and 'Units of the layer without a row'.</source>
        <translation>给出管控单元图层时，清单中的单元编码与该图层的单元编码（单元编码字段为空时按 HJGKDYBM 等常见字段名自动识别）逐一比对：图层中没有的编码、清单中没有对应行的图层单元以及没有编码的单元，均在警告中列明，并计入输出“管控单元图层中没有的单元编码数”和“清单中没有对应行的图层单元数”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="108" />
        <source>Unit layer to check the list's unit codes against</source>
        <translation>用于核对清单单元编码的管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="108" />
        <source>Optional: the list's unit codes this layer lacks and the layer's units that have no row in the list are reported as warnings and counted in the outputs.</source>
        <translation>可选：清单中该图层没有的单元编码，以及在清单中没有对应行的图层单元，以警告形式报告并计入输出。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="124" />
        <source>Unit codes not in the unit layer</source>
        <translation>管控单元图层中没有的单元编码数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="125" />
        <source>Units of the layer without a row</source>
        <translation>清单中没有对应行的图层单元数</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="174" />
        <source>Every unit code of the list is in layer {layer} (field {field}), and every unit of the layer has a row.</source>
        <translation>清单中的每个单元编码都在图层 {layer}（字段 {field}）中，图层中的每个单元在清单中也都有对应行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="246" />
        <source>the scope expression {expression} reads the variable @{variable}, which a scope does not have: it sees only the unit's fields, so it would read NULL and cover no unit; compare unit fields instead</source>
        <translation>适用范围表达式 {expression} 读取了变量 @{variable}，但适用范围中没有该变量：它只能读取单元的字段，因此该变量将读为 NULL，不覆盖任何单元；请改为比较单元字段</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_checks.py" line="181" />
        <source>The value is empty, but an empty value is read as not given (a rule reading it needs information), so nothing is ever compared with it; write the value to compare with, such as '是' or 'ZH13062920001'.</source>
        <translation>取值为空，而空值视为未提供（读取它的条款需补充信息），因此没有任何值会与之比较；请写出要比较的值，如 '是' 或 'ZH13062920001'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="107" />
        <source>The expression reads the variable @{variable}, which a rule does not have: an expression sees only the project's declared attributes, no QGIS global, project or layer variables, so it would read NULL. Compare declared attributes instead.</source>
        <translation>表达式读取了变量 @{variable}，但条款中没有该变量：表达式只能读取项目已声明的属性，不含 QGIS 的全局、项目或图层变量，因此该变量将读为 NULL。请改为比较已声明的属性。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="110" />
        <source>The filter reads the variable @{variable}, which a filter does not have: a filter sees only the fields of the layer's features, no QGIS global, project or layer variables, so it would read NULL. Compare the layer's fields instead.</source>
        <translation>过滤条件读取了变量 @{variable}，但过滤条件中没有该变量：过滤条件只能读取图层要素的字段，不含 QGIS 的全局、项目或图层变量，因此该变量将读为 NULL。请改为比较图层的字段。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="113" />
        <source>The expression compares {side} with '{value}', which names the value {id} of {name}; an expression sees the ids of declared values, and for '{id}' {side} gives '{gives}'.</source>
        <translation>表达式将 {side} 与 '{value}' 比较，该值指的是 {name} 的取值 {id}；表达式读取的是已声明取值的 id，而对 '{id}'，{side} 得到的是 '{gives}'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="115" />
        <source>The expression compares {side} with '{value}', which holds for none of the values declared for {name}: an expression sees their ids ({allowed}), for which {side} gives {results}.</source>
        <translation>表达式将 {side} 与 '{value}' 比较，但对 {name} 的任何已声明取值都不成立：表达式读取的是取值的 id（{allowed}），{side} 对它们得到的是 {results}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/expression_checks.py" line="117" />
        <source>The expression uses '{value}' with {name}, which names the value {id}; an expression sees the ids of declared values: write '{id}'.</source>
        <translation>表达式将 '{value}' 与 {name} 一起使用，该值指的是取值 {id}；表达式读取的是已声明取值的 id：请写成 '{id}'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="322" />
        <source>unit attribute {field} value {value} is a number, but the rule compares it with a code written as text, and a number loses leading zeros (0313 becomes 313): store the field as text</source>
        <translation>单元属性 {field} 的取值 {value} 是数值，而条款将其与以文本书写的编码比较，数值会丢失前导零（0313 变成 313）：请将该字段存为文本</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="141" />
        <source>the reviewer's judgement {judgement} ({time}) was saved without the text of this clause, which cannot be verified, and is not applied: confirm the judgement again</source>
        <translation>审查人员的判定{judgement}（{time}）保存时未记录该条款的文字，所判条款文字无法核实，不予应用：请重新确认该判定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/draw_tool.py" line="58" />
        <source>The map's coordinate reference system changed while you were drawing and the vertices placed cannot be converted to it: they were removed, draw the site again.</source>
        <translation>绘制过程中地图的坐标参考系发生了变化，已添加的顶点无法转换到新的坐标参考系：这些顶点已被移除，请重新绘制选址。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="81" />
        <source>This register has several entries with the number {numbers}: they are different reviews, marked in the list. Tell them apart by their time and project; re-review refuses this register until they are renumbered.</source>
        <translation>本台账中有多条记录的序号为 {numbers}：它们是不同的审查，已在列表中标出。请按保存时间和项目区分；重新编号之前，复核将拒绝此台账。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="123" />
        <source>{seq} ({n} of {count})</source>
        <translation>{seq}（第 {n} 条，共 {count} 条）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="127" />
        <source>{count} entries carry the number {seq}: this one was saved at {time} for {project}.</source>
        <translation>共 {count} 条记录的序号为 {seq}：本条于 {time} 保存，项目为 {project}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="167" />
        <source>1 judgement has no clause_sha256 of the clause text it judged, so that text cannot be verified; it was not applied and must be confirmed again (judge the clause in the clauses output and give that table as the judgements): {clauses}</source>
        <translation>1 项判定没有所判条款文字的 clause_sha256，无法核实该文字；该判定未予采用，须重新确认（在条款输出中判定该条款，并将该表作为人工判定表输入）：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="170" />
        <source>{n} judgements have no clause_sha256 of the clause text they judged, so that text cannot be verified; they were not applied and must be confirmed again (judge the clauses in the clauses output and give that table as the judgements): {clauses}</source>
        <translation>{n} 项判定没有所判条款文字的 clause_sha256，无法核实这些文字；这些判定未予采用，须重新确认（在条款输出中判定这些条款，并将该表作为人工判定表输入）：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/settings.py" line="57" />
        <source>The setting {key} holds “{value}”, which is not a finite number of at least zero: the default {default} is used. Set it again under Settings ▸ Options ▸ Zoning Review.</source>
        <translation>设置项 {key} 的值为“{value}”，不是大于或等于零的有限数：已改用默认值 {default}。请在 设置 ▸ 选项 ▸ 分区管控审查 中重新设置。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="84" />
        <source>Register {path}: entry {entry} cannot be re-reviewed ({error}); the register was edited outside the plugin. Give the entry its polygon site and values again, or remove it.</source>
        <translation>台账 {path}：第 {entry} 条记录无法复核（{error}）；台账曾在插件之外被编辑。请为该记录重新给出面状选址和取值，或删除该记录。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="58" />
        <source>a row without geometry, which the {format} format cannot hold</source>
        <translation>无几何图形的行，{format} 格式无法保存此类行</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="61" />
        <source>a {found} geometry in a layer of {expected}</source>
        <translation>{expected} 图层中的 {found} 几何图形</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="121" />
        <source>{output}: the file cannot be read back after writing, so it is incomplete (the disk may be full). The run failed; choose another folder or format, such as a GeoPackage (.gpkg).</source>
        <translation>{output}：该文件写出后无法读回，内容不完整（磁盘可能已满）。运行失败；请选择其他文件夹或格式，例如 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="124" />
        <source>{output}: the file holds {found} of the {given} rows written to it, so it is incomplete (the disk may be full, or the format left rows out). The run failed; choose another folder or format, such as a GeoPackage (.gpkg).</source>
        <translation>{output}：写入该文件的 {given} 行中只有 {found} 行在文件中，内容不完整（磁盘可能已满，或该格式略去了部分行）。运行失败；请选择其他文件夹或格式，例如 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="198" />
        <source>{output}: a MapInfo file cuts texts to 254 characters, which would lose findings, and GDAL cannot write these outputs' decimal columns to it. Choose a GeoPackage (.gpkg) instead.</source>
        <translation>{output}：MapInfo 文件会把文本截断为 254 个字符，将丢失审查结果，且 GDAL 无法将这些输出的小数列写入该格式。请改用 GeoPackage（.gpkg）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="142" />
        <source>Line {line}: “{token}” has both a minus sign and a hemisphere ({value}): write one of them, as in 33°52′S or -33°52′.</source>
        <translation>第 {line} 行：“{token}”同时带有负号和半球标记（{value}）：请只写其一，如 33°52′S 或 -33°52′。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="40" />
        <source>Line {line}: “{token}” is marked as a longitude (E, W, 东经, 西经) but stands where the latitude is read: check the order of the columns.</source>
        <translation>第 {line} 行：“{token}”标为经度（E、W、东经、西经），却位于读作纬度的位置：请检查各列的顺序。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="44" />
        <source>Line {line}: “{token}” is marked as a latitude (N, S, 北纬, 南纬) but stands where the longitude is read: check the order of the columns.</source>
        <translation>第 {line} 行：“{token}”标为纬度（N、S、北纬、南纬），却位于读作经度的位置：请检查各列的顺序。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="59" />
        <source>Line {line}: “{text}” writes a hemisphere apart from its angle: write it next to the angle, as in 116°23′45.6″E or E116°23′45.6″.</source>
        <translation>第 {line} 行：“{text}”中的半球标记与角度分开书写：请紧挨角度书写，如 116°23′45.6″E 或 E116°23′45.6″。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="144" />
        <source>{file} is not text in UTF-8, UTF-16 (with its byte-order mark) or GBK (byte {offset}); save it as CSV in UTF-8.</source>
        <translation>{file} 不是 UTF-8、UTF-16（带字节顺序标记 BOM）或 GBK 文本（第 {offset} 字节）；请将其另存为 UTF-8 编码的 CSV。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="211" />
        <source>1 unit code of the list is not in layer {layer} (field {field}); its rules apply to no unit of this layer: {codes}</source>
        <translation>清单中有 1 个单元编码不在图层 {layer}（字段 {field}）中，其条款不适用于该图层的任何单元：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="213" />
        <source>{n} unit codes of the list are not in layer {layer} (field {field}); their rules apply to no unit of this layer: {codes}</source>
        <translation>清单中有 {n} 个单元编码不在图层 {layer}（字段 {field}）中，其条款不适用于该图层的任何单元：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="220" />
        <source>1 unit of layer {layer} (field {field}) has no row in the list, so the rule set has no unit rule for it: {codes}</source>
        <translation>图层 {layer}（字段 {field}）中有 1 个单元在清单中没有对应行，规则集中没有适用于它的单元条款：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="222" />
        <source>{n} units of layer {layer} (field {field}) have no row in the list, so the rule set has no unit rule for them: {codes}</source>
        <translation>图层 {layer}（字段 {field}）中有 {n} 个单元在清单中没有对应行，规则集中没有适用于它们的单元条款：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="229" />
        <source>1 unit of layer {layer} has no code in field {field}, so no row of the list can name it (feature id {ids}).</source>
        <translation>图层 {layer} 中有 1 个单元的字段 {field} 没有编码，清单中任何一行都无法对应它（要素 ID：{ids}）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="231" />
        <source>{n} units of layer {layer} have no code in field {field}, so no row of the list can name them (feature ids {ids}).</source>
        <translation>图层 {layer} 中有 {n} 个单元的字段 {field} 没有编码，清单中任何一行都无法对应它们（要素 ID：{ids}）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="185" />
        <source>The rule set {path} has 1 error:
{messages}</source>
        <translation>规则集 {path} 有 1 个错误：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="186" />
        <source>The rule set {path} has {n} errors:
{messages}</source>
        <translation>规则集 {path} 有 {n} 个错误：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="198" />
        <source>Layer {layer}: 1 unit no list covers, reviewed as 'needs information': {codes}</source>
        <translation>图层 {layer}：1 个单元不在任何清单的适用范围内，审查结果为“需补充信息”：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="199" />
        <source>Layer {layer}: {n} units no list covers, reviewed as 'needs information': {codes}</source>
        <translation>图层 {layer}：{n} 个单元不在任何清单的适用范围内，审查结果为“需补充信息”：{codes}</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="297" />
        <source>Parcel {parcel}, ring {ring} (from line {line}): only 1 distinct point; a boundary needs at least 3.</source>
        <translation>地块 {parcel} 第 {ring} 圈（自第 {line} 行起）：只有 1 个不同的点；边界至少需要 3 个点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="299" />
        <source>Parcel {parcel}, ring {ring} (from line {line}): only {count} distinct points; a boundary needs at least 3.</source>
        <translation>地块 {parcel} 第 {ring} 圈（自第 {line} 行起）：只有 {count} 个不同的点；边界至少需要 3 个点。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="158" />
        <source>✔ 1 parcel, {points} points in {crs}.</source>
        <translation>✔ 1 个地块，共 {points} 个点，坐标参考系 {crs}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="159" />
        <source>✔ {parcels} parcels, {points} points in {crs}.</source>
        <translation>✔ {parcels} 个地块，共 {points} 个点，坐标参考系 {crs}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="276" />
        <source>1 control unit overlapped</source>
        <translation>与 1 个管控单元重叠</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="276" />
        <source>{count} control units overlapped</source>
        <translation>与 {count} 个管控单元重叠</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="61" />
        <source>Use the selected features of the active polygon layer</source>
        <translation>使用当前面图层中的选中要素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="98" />
        <source>1 selected feature of {layer}</source>
        <translation>{layer} 中的 1 个选中要素</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="98" />
        <source>{count} selected features of {layer}</source>
        <translation>{layer} 中的 {count} 个选中要素</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="207" />
        <source>{codes} … and {count} more</source>
        <translation>{codes}……另有 {count} 个</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="181" />
        <source>unit_zh: is only for attributes of type number that declare a unit; declare unit: too, or remove unit_zh:.</source>
        <translation>unit_zh: 仅适用于声明了 unit（单位）的 number 类型属性；请同时声明 unit:，或删除 unit_zh:。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="61" />
        <source>Point {name} (line {line}) is written in degrees with a hemisphere (E, N, 东经 …), but {crs} is a projected CRS whose coordinates are metres: choose a geographic CRS such as EPSG:4490 (CGCS2000), or write the coordinates in metres without a hemisphere.</source>
        <translation>点 {name}（第 {line} 行）以带半球标记（E、N、东经 …）的度数书写，但 {crs}是以米为单位的投影坐标参考系：请选择地理坐标参考系（如 EPSG:4490，CGCS2000），或以米为单位、不带半球标记书写坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="138" />
        <source>Line {line}: in “{token}” the {value} after the seconds may be their mark or the south: write “{meant}” for a south latitude, or “{seconds}” for seconds.</source>
        <translation>第 {line} 行：“{token}”中秒数后的 {value} 既可能是秒号，也可能表示南纬：南纬请写作“{meant}”，表示秒请写作“{seconds}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="141" />
        <source>Line {line}: “{token}” writes no seconds mark before the hemisphere {value}: write “{meant}”.</source>
        <translation>第 {line} 行：“{token}”在半球标记 {value} 前未写秒号：请写作“{meant}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/geometry.py" line="97" />
        <source>Point {name} (line {line}) lies outside the area of use of {crs} ({west:.1f}–{east:.1f}°E, {south:.1f}–{north:.1f}°N), where it has no longitude and latitude: check the CRS and the zone number (带号), and whether X and Y are swapped.</source>
        <translation>点 {name}（第 {line} 行）超出 {crs}的适用范围（东经 {west:.1f}–{east:.1f}°，北纬 {south:.1f}–{north:.1f}°），无法换算为经纬度：请检查坐标参考系和带号，以及 X、Y 是否颠倒。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="108" />
        <source>Line {line}: “{text}” has 1 value; write “x, y” or “name, x, y”, one point a line.</source>
        <translation>第 {line} 行：“{text}”只有 1 个值；请按“x, y”或“点名, x, y”格式书写，每行一个点。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="196" />
        <source>A scope given for the rule sets cannot be used:
{messages}</source>
        <translation>为规则集给出的适用范围无法使用：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="248" />
        <source>the scope {expression} that the binding of unit layer {layer} gives the rule set {file} does not parse: {problem}. The file is not at fault: in the Zoning Review panel, choose unit layer {layer} and correct the scope beside that rule set</source>
        <translation>管控单元图层 {layer} 的绑定为规则集 {file} 设置的适用范围 {expression} 无法解析：{problem}。问题不在该文件：请在分区管控审查面板中选择管控单元图层 {layer}，修改该规则集旁的适用范围</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="251" />
        <source>the scope {expression} that the binding of unit layer {layer} gives the rule set {file} reads the variable @{variable}, which a scope does not have: it sees only the unit's fields, so it would read NULL and cover no unit. The file is not at fault: in the Zoning Review panel, choose unit layer {layer} and compare unit fields in the scope beside that rule set</source>
        <translation>管控单元图层 {layer} 的绑定为规则集 {file} 设置的适用范围 {expression} 读取了变量 @{variable}，但适用范围中没有该变量：它只能读取单元的字段，因此该变量将读为 NULL，不覆盖任何单元。问题不在该文件：请在分区管控审查面板中选择管控单元图层 {layer}，将该规则集旁的适用范围改为比较单元字段</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="255" />
        <source>the scope {expression} given on line {line} of 'Scopes of the rule sets' for the rule set {file} does not parse: {problem}. The file is not at fault: correct that line of 'Scopes of the rule sets'</source>
        <translation>“规则集适用范围”第 {line} 行为规则集 {file} 给出的适用范围 {expression} 无法解析：{problem}。问题不在该文件：请修改“规则集适用范围”的这一行</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="257" />
        <source>the scope {expression} given on line {line} of 'Scopes of the rule sets' for the rule set {file} reads the variable @{variable}, which a scope does not have: it sees only the unit's fields, so it would read NULL and cover no unit. The file is not at fault: compare unit fields on that line of 'Scopes of the rule sets'</source>
        <translation>“规则集适用范围”第 {line} 行为规则集 {file} 给出的适用范围 {expression} 读取了变量 @{variable}，但适用范围中没有该变量：它只能读取单元的字段，因此该变量将读为 NULL，不覆盖任何单元。问题不在该文件：请在“规则集适用范围”的这一行改为比较单元字段</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register_records.py" line="69" />
        <source>Register {path}, entry {seq}: its clauses are recorded in version {version}, which this plugin cannot read; update the plugin.</source>
        <translation>台账 {path} 第 {seq} 条：其条款以版本 {version} 记录，本插件无法读取；请更新插件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judgements.py" line="185" />
        <source>Why the judgement was not applied ({value}) is not understood.</source>
        <translation>无法识别判定未予应用的原因 {value}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="69" />
        <source>made on another text of the clause: judge the clause again</source>
        <translation>针对的是该条款的另一版文字：请重新判定该条款</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="70" />
        <source>saved without the text of the clause: confirm the judgement again</source>
        <translation>保存时未记录该条款的文字：请重新确认该判定</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="71" />
        <source>no clause of the review is its clause (the rule set no longer has it)</source>
        <translation>本次审查中没有其所判条款（规则集中已无该条款）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_messages.py" line="32" />
        <source>A scope given beside a rule set cannot be used; correct it there:</source>
        <translation>规则集旁填写的适用范围无法使用；请在该处修改：</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="48" />
        <source>Not applied — {judgement} — {why}</source>
        <translation>未予应用——{judgement}——{why}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_view.py" line="141" />
        <source>{clause}: {line}</source>
        <translation>{clause}：{line}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_runner.py" line="149" />
        <source>1 judgement matches no clause of this review (the rule set no longer has it) and is not applied; it is kept in the review's record: {clauses}</source>
        <translation>1 项判定与本次审查的条款均不对应（规则集中已无该条款），不予应用；该判定保留在审查记录中：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_runner.py" line="151" />
        <source>{n} judgements match no clause of this review (the rule set no longer has them) and are not applied; they are kept in the review's record: {clauses}</source>
        <translation>{n} 项判定与本次审查的条款均不对应（规则集中已无这些条款），不予应用；这些判定保留在审查记录中：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="78" />
        <source>Why not applied</source>
        <translation>未予应用的原因</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="78" />
        <source>Judgements not applied (kept in the record)</source>
        <translation>未予应用的判定（记录中保留）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="152" />
        <source>1 judgement matches no clause of the reviewed sites and was not applied: {clauses}</source>
        <translation>1 项判定与所审查地块的条款均不对应，未予应用：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="194" />
        <source>{shown} … and {count} more</source>
        <translation>{shown}……另有 {count} 项</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="74" />
        <source>The field naming each site in the outputs and in judgements; when empty, a field named site_id, id, xmbh, 项目编号 or 地块编号, else the feature id. A site with no value in it is reviewed as # and its feature id (#12); a judgement of an id several sites share is applied to none of them.</source>
        <translation>在输出和判定中标识各选址的字段；留空时取名为 site_id、id、xmbh、项目编号或地块编号的字段，没有则使用要素 ID。该字段无值的选址以 # 加要素 ID（如 #12）审查；针对多个选址共用编号的判定不应用于其中任何选址。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="111" />
        <source>Set by the re-review when no site id field is given: the sites are named by their feature ids, and no id field is detected.</source>
        <translation>由复核在未指定选址编号字段时设置：选址以要素 ID 命名，不自动识别编号字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="124" />
        <source>Judgements, row {row}: text that could not be read in the table's encoding. Save the table as UTF-8 (in Excel: CSV UTF-8) or as an .xlsx workbook, or set its layer's data source encoding.</source>
        <translation>人工判定表第 {row} 行：有文字无法按表格的编码读取。请将表格另存为 UTF-8（Excel 中选择“CSV UTF-8（逗号分隔）”）或 .xlsx 工作簿，或设置其图层的数据源编码。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="149" />
        <source>Sites without an id field are named by their feature ids</source>
        <translation>未指定编号字段的选址以要素 ID 命名</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="275" />
        <source>Attributes: {name}={value} is not yes or no. Write yes or no (是 or 否).</source>
        <translation>项目属性：{name}={value} 不是“是”或“否”。请填写 是 或 否（yes 或 no）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="276" />
        <source>Attributes: {name}={value} is not a number. Write a number, such as 20 (the unit the rule set declares may follow it).</source>
        <translation>项目属性：{name}={value} 不是数值。请填写数值，如 20（其后可带规则集声明的单位）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="41" />
        <source>Line {line}: in “{text}” the “{value}” after the minutes may be the seconds of the same angle or a value of its own: write “{angle}” for one angle, or “{first}, {second}” for two values.</source>
        <translation>第 {line} 行：“{text}”中分之后的“{value}”既可能是同一角度的秒，也可能是另一个值：表示一个角度请写作“{angle}”，表示两个值请写作“{first}, {second}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="132" />
        <source>Line {line}: “{text}” has 2 values, but line {other} has 3 (a point name, x and y): “{token}” may be a point name whose coordinate is missing, or a coordinate with its hemisphere. Write every point as “name, x, y”, or every point as “x, y”.</source>
        <translation>第 {line} 行：“{text}”只有 2 个值，而第 {other} 行有 3 个值（点名、x 和 y）：“{token}”可能是缺少了一个坐标的点名，也可能是带半球标记的坐标。请将每个点都写成“点名, x, y”，或都写成“x, y”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="136" />
        <source>Line {line}: “{text}” has 2 values, but line {other} has 3 (a point name, x and y): a coordinate may be missing. Write every point as “name, x, y”, or every point as “x, y”.</source>
        <translation>第 {line} 行：“{text}”只有 2 个值，而第 {other} 行有 3 个值（点名、x 和 y）：可能缺少一个坐标。请将每个点都写成“点名, x, y”，或都写成“x, y”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="114" />
        <source>Line {line}: “{text}” is not a coordinate — “{token}” is not a number. Write coordinates as numbers such as 4323456.78, as degrees, minutes and seconds such as 116°23′45.6″E or 东经116°23′45.6″, or as decimal degrees with a hemisphere such as 116.396E or 东经116.396 (a point name such as J1 may only come first).</source>
        <translation>第 {line} 行：“{text}”不是坐标——“{token}”不是数字。坐标应写为数字，如 4323456.78；或写为度分秒，如 116°23′45.6″E 或 东经116°23′45.6″；或写为带半球标记的十进制度数，如 116.396E 或 东经116.396（点名如 J1 只能放在最前面）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="51" />
        <source>Paste one point a line — “x, y” or “J1, X, Y”, as numbers, as degrees, minutes and seconds (116°23′45.6″E, 39°54′20″N, 东经116°23′45.6″) or as decimal degrees with a hemisphere (116.396E, N39.9, 东经116.396) — or open a 界址点 file ([属性描述] / [地块坐标]). Surveying X is the northing.</source>
        <translation>每行粘贴一个点——“x, y”或“J1, X, Y”，可写为数字、度分秒（116°23′45.6″E、39°54′20″N、东经116°23′45.6″）或带半球标记的十进制度数（116.396E、N39.9、东经116.396）——或打开界址点文件（[属性描述] / [地块坐标]）。测量坐标中 X 为北向坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="70" />
        <source>a text of {count} characters in the field {field}, longer than the {limit} an Excel cell holds</source>
        <translation>字段 {field} 中有一段 {count} 个字符的文字，超过 Excel 单元格可容纳的 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="261" />
        <source>the scope {expression} typed beside the rule set {file} in the Zoning Review panel does not parse: {problem}. The file is not at fault: correct the scope beside that rule set</source>
        <translation>在分区管控审查面板中规则集 {file} 旁填写的适用范围 {expression} 无法解析：{problem}。问题不在该文件：请修改该规则集旁的适用范围</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="263" />
        <source>the scope {expression} typed beside the rule set {file} in the Zoning Review panel reads the variable @{variable}, which a scope does not have: it sees only the unit's fields, so it would read NULL and cover no unit. The file is not at fault: compare unit fields in the scope beside that rule set</source>
        <translation>在分区管控审查面板中规则集 {file} 旁填写的适用范围 {expression} 读取了变量 @{variable}，但适用范围中没有该变量：它只能读取单元的字段，因此该变量将读为 NULL，不覆盖任何单元。问题不在该文件：请将该规则集旁的适用范围改为比较单元字段</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="113" />
        <source>Set by the re-review of a register: the judgements are those its entries record, so a judgement to confirm again is judged again in the entry opened from the register in the Zoning Review panel.</source>
        <translation>由台账复核设置：判定为台账各记录中记录的判定，因此须重新确认的判定应在分区管控审查面板中从台账打开该记录后重新判定。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="178" />
        <source>1 judgement recorded in the register has no clause_sha256 of the clause text it judged, so that text cannot be verified; it was not applied and must be confirmed again (in the Zoning Review panel, open its entry — the number it is named with first — with Register ▸ Open the register… ▸ Open as a new review, judge the clause again and save the review to the register): {clauses}</source>
        <translation>台账中记录的 1 项判定没有所判条款文字的 clause_sha256，无法核实该文字；该判定未予采用，须重新确认（在分区管控审查面板中通过“台账 ▸ 打开台账… ▸ 作为新审查打开”打开其记录——每项开头的编号即记录编号，重新判定该条款并将审查存入台账）：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="182" />
        <source>{n} judgements recorded in the register have no clause_sha256 of the clause text they judged, so that text cannot be verified; they were not applied and must be confirmed again (in the Zoning Review panel, open each entry — the number each is named with first — with Register ▸ Open the register… ▸ Open as a new review, judge its clauses again and save the review to the register): {clauses}</source>
        <translation>台账中记录的 {n} 项判定没有所判条款文字的 clause_sha256，无法核实这些文字；这些判定未予采用，须重新确认（在分区管控审查面板中通过“台账 ▸ 打开台账… ▸ 作为新审查打开”逐一打开其记录——每项开头的编号即记录编号，重新判定其中的条款并将审查存入台账）：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="152" />
        <source>The judgements are those recorded in a review register</source>
        <translation>判定为审查台账中记录的判定</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="293" />
        <source>The rule editor cannot show {path} until these are corrected in a text editor:
{messages}</source>
        <translation>规则编辑器无法显示 {path}，请先在文本编辑器中改正以下问题：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="206" />
        <source>The rule shown has errors, so it cannot be applied. Discard its changes and go on?</source>
        <translation>当前条款有错误，无法应用。是否放弃其修改并继续？</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="132" />
        <source>The binding of layer {layer} was written by a newer version of Zoning Review (binding version {version}): the layer is not reviewed and its binding is left as it is. Update the plugin to use it.</source>
        <translation>图层 {layer} 的绑定由更新版本的分区管控审查插件写入（绑定版本 {version}）：该图层不参与审查，其绑定原样保留。请升级插件后使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="141" />
        <source>The binding of layer {layer} cannot be read ({error}): the layer is not reviewed. Bind it again in the Zoning Review panel (this replaces the unreadable binding).</source>
        <translation>无法读取图层 {layer} 的绑定（{error}）：该图层不参与审查。请在分区管控审查面板中重新绑定（将替换无法读取的绑定）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="286" />
        <source>The project's bindings were written by a newer version of Zoning Review (binding version {version}): they are left as they are, and no binding can be changed. Update the plugin to use them.</source>
        <translation>本项目的绑定由更新版本的分区管控审查插件写入（绑定版本 {version}）：已原样保留，且不能修改任何绑定。请升级插件后使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="295" />
        <source>The project's record of the unit-layer bindings cannot be read ({error}): the bindings the layers carry are used. Binding a layer again in the Zoning Review panel replaces the record.</source>
        <translation>无法读取本项目中管控单元图层绑定的记录（{error}）：采用各图层自身保存的绑定。在分区管控审查面板中重新绑定图层将替换该记录。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="231" />
        <source>Row {row}: {value} in the unit-code column is not a unit code; the row was not imported. Add its requirements to the rule set by hand if they apply (such as general or category-level rules).</source>
        <translation>第 {row} 行：单元编码列中的“{value}”不是单元编码，该行未导入。如其管控要求适用，请手工添加到规则集中（如作为总体或管控类别层级的条款）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="233" />
        <source>Row {row} of table {table}: {value} in the unit-code column is not a unit code; the row was not imported. Add its requirements to the rule set by hand if they apply (such as general or category-level rules).</source>
        <translation>表 {table} 第 {row} 行：单元编码列中的“{value}”不是单元编码，该行未导入。如其管控要求适用，请手工添加到规则集中（如作为总体或管控类别层级的条款）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="235" />
        <source>Row {row} of sheet {sheet}: {value} in the unit-code column is not a unit code; the row was not imported. Add its requirements to the rule set by hand if they apply (such as general or category-level rules).</source>
        <translation>工作表 {sheet} 第 {row} 行：单元编码列中的“{value}”不是单元编码，该行未导入。如其管控要求适用，请手工添加到规则集中（如作为总体或管控类别层级的条款）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/targets.py" line="61" />
        <source>Unit layer {layer} is bound to rule sets but cannot be read (its data source is not available): no site is reviewed until its data source is repaired or the layer is unbound in the Zoning Review panel.</source>
        <translation>管控单元图层 {layer} 已绑定规则集，但无法读取（其数据源不可用）：修复其数据源或在分区管控审查面板中解除该图层的绑定之前，不审查任何地块。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/targets.py" line="66" />
        <source>Unit layer {layer} is bound without a rule set or without its unit-code field: no site is reviewed until the binding is completed or removed in the Zoning Review panel.</source>
        <translation>管控单元图层 {layer} 的绑定缺少规则集或单元编码字段：在分区管控审查面板中补全或解除该绑定之前，不审查任何地块。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/targets.py" line="74" />
        <source>The rule sets bound to unit layer {layer} cannot be used, so no site is reviewed until they are corrected or the layer is unbound in the Zoning Review panel:
{messages}</source>
        <translation>管控单元图层 {layer} 绑定的规则集无法使用，因此在改正规则集或在分区管控审查面板中解除该图层的绑定之前，不审查任何地块：
{messages}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="207" />
        <source>No site is reviewed while a bound unit layer cannot be used: {problem}</source>
        <translation>有已绑定的管控单元图层无法使用，暂不审查任何地块：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="68" />
        <source>Constraint layer {layer} ({source}): {count} of its features lie outside where its CRS {crs} can be used, so where a site lies to the layer is unknown: check the CRS set for the layer.</source>
        <translation>约束图层 {layer}（{source}）：有 {count} 个要素位于其坐标参考系 {crs}的适用范围之外，无法确定选址与该图层的位置关系：请检查该图层设置的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="70" />
        <source>Constraint layer {layer} ({source}): 1 of its features lies outside where its CRS {crs} can be used, so where a site lies to the layer is unknown: check the CRS set for the layer.</source>
        <translation>约束图层 {layer}（{source}）：有 1 个要素位于其坐标参考系 {crs}的适用范围之外，无法确定选址与该图层的位置关系：请检查该图层设置的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/screen.py" line="94" />
        <source>The unit has no geometry; it was not screened.</source>
        <translation>该单元没有几何图形；未对其进行筛查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/screen.py" line="96" />
        <source>The unit's area cannot be measured on the ellipsoid: its coordinates lie outside where {crs} can be used, so where the unit lies is unknown; it was not screened. Check the unit layer's CRS.</source>
        <translation>无法在椭球面上量算该单元的面积：其坐标位于 {crs}的适用范围之外，无法确定单元所在位置；未对其进行筛查。请检查管控单元图层的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="190" />
        <source>Layer {layer} lies outside where its coordinate reference system {crs} can be used ({west:.1f}–{east:.1f}°E, {south:.1f}–{north:.1f}°N), so where its features lie is unknown: its coordinates are in another CRS. Set the CRS they are in (Layer Properties › Source, or Processing's Assign projection), then run again.</source>
        <translation>图层{layer}位于其坐标参考系 {crs}的适用范围（东经 {west:.1f}–{east:.1f}°，北纬 {south:.1f}–{north:.1f}°）之外，无法确定其要素的位置：其坐标属于另一坐标参考系。请设置坐标实际所属的坐标参考系（图层属性 › 源，或 Processing 的“指定投影”），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="191" />
        <source>Row {row}: the unit code {value} is stored as a number in the workbook, so its leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type the codes as published and import again.</source>
        <translation>第 {row} 行：单元编码“{value}”在工作簿中以数字存储，可能已丢失前导零或数位，该行未导入。请在 Excel 中将单元编码列设为文本格式，按发布原文重新输入编码后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="194" />
        <source>Row {row} of sheet {sheet}: the unit code {value} is stored as a number in the workbook, so its leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type the codes as published and import again.</source>
        <translation>工作表 {sheet} 第 {row} 行：单元编码“{value}”在工作簿中以数字存储，可能已丢失前导零或数位，该行未导入。请在 Excel 中将单元编码列设为文本格式，按发布原文重新输入编码后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="197" />
        <source>Row {row}: the unit code {value} is written as a number (as Excel saves a code column formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type the codes as published and save the list again.</source>
        <translation>第 {row} 行：单元编码“{value}”写成了数字形式（Excel 保存设为数字格式的编码列时即如此），可能已丢失前导零或数位，该行未导入。请在 Excel 中将单元编码列设为文本格式，按发布原文重新输入编码后重新保存清单。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="200" />
        <source>Row {row} of table {table}: the unit code {value} is written as a number (as Excel saves a code column formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type the codes as published and save the list again.</source>
        <translation>表 {table} 第 {row} 行：单元编码“{value}”写成了数字形式（Excel 保存设为数字格式的编码列时即如此），可能已丢失前导零或数位，该行未导入。请在 Excel 中将单元编码列设为文本格式，按发布原文重新输入编码后重新保存清单。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="203" />
        <source>Row {row} of sheet {sheet}: the unit code {value} is written as a number (as Excel saves a code column formatted as a number), so its leading zeros or digits may be lost; the row was not imported. Format the unit-code column as text in Excel, type the codes as published and save the list again.</source>
        <translation>工作表 {sheet} 第 {row} 行：单元编码“{value}”写成了数字形式（Excel 保存设为数字格式的编码列时即如此），可能已丢失前导零或数位，该行未导入。请在 Excel 中将单元编码列设为文本格式，按发布原文重新输入编码后重新保存清单。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="206" />
        <source>Row {row}: the unit code {code} has full-width characters or spaces inside it, so it matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct the list and import again.</source>
        <translation>第 {row} 行：单元编码“{code}”含全角字符或中间有空格，与按半角字母和数字编码的单元均不匹配，已按原样保留。如应为 {plain}，请更正清单后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="209" />
        <source>Row {row} of table {table}: the unit code {code} has full-width characters or spaces inside it, so it matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct the list and import again.</source>
        <translation>表 {table} 第 {row} 行：单元编码“{code}”含全角字符或中间有空格，与按半角字母和数字编码的单元均不匹配，已按原样保留。如应为 {plain}，请更正清单后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="212" />
        <source>Row {row} of sheet {sheet}: the unit code {code} has full-width characters or spaces inside it, so it matches no unit coded in plain letters and digits; it was kept as written. If it is {plain}, correct the list and import again.</source>
        <translation>工作表 {sheet} 第 {row} 行：单元编码“{code}”含全角字符或中间有空格，与按半角字母和数字编码的单元均不匹配，已按原样保留。如应为 {plain}，请更正清单后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="215" />
        <source>Row {row}: the clause numbers of its {dimension} cell are {numbers}, not one after the other; a number out of order or repeated was read as part of the clause before it. Check how the cell was split into rules.</source>
        <translation>第 {row} 行：其“{dimension}”单元格中的条款编号为 {numbers}，未按顺序排列；顺序颠倒或重复的编号已并入其前一款。请核查该单元格拆分成条款的结果。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="218" />
        <source>Row {row} of table {table}: the clause numbers of its {dimension} cell are {numbers}, not one after the other; a number out of order or repeated was read as part of the clause before it. Check how the cell was split into rules.</source>
        <translation>表 {table} 第 {row} 行：其“{dimension}”单元格中的条款编号为 {numbers}，未按顺序排列；顺序颠倒或重复的编号已并入其前一款。请核查该单元格拆分成条款的结果。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="221" />
        <source>Row {row} of sheet {sheet}: the clause numbers of its {dimension} cell are {numbers}, not one after the other; a number out of order or repeated was read as part of the clause before it. Check how the cell was split into rules.</source>
        <translation>工作表 {sheet} 第 {row} 行：其“{dimension}”单元格中的条款编号为 {numbers}，未按顺序排列；顺序颠倒或重复的编号已并入其前一款。请核查该单元格拆分成条款的结果。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="224" />
        <source>Row {row}: one requirement cell spans the columns {headers}; it was imported once, as a rule of {dimension}, not once for each column.</source>
        <translation>第 {row} 行：一个管控要求单元格横跨 {headers} 各列，已只导入一次，作为“{dimension}”的条款，而非每列各导入一次。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="226" />
        <source>Row {row} of table {table}: one requirement cell spans the columns {headers}; it was imported once, as a rule of {dimension}, not once for each column.</source>
        <translation>表 {table} 第 {row} 行：一个管控要求单元格横跨 {headers} 各列，已只导入一次，作为“{dimension}”的条款，而非每列各导入一次。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="228" />
        <source>Row {row} of sheet {sheet}: one requirement cell spans the columns {headers}; it was imported once, as a rule of {dimension}, not once for each column.</source>
        <translation>工作表 {sheet} 第 {row} 行：一个管控要求单元格横跨 {headers} 各列，已只导入一次，作为“{dimension}”的条款，而非每列各导入一次。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="61" />
        <source>Reads a published table of environmental control units and their access-list requirements (xlsx, ods, csv in UTF-8 or GBK, or the tables of a Word .docx document: unit code, name, category and one column per dimension — 空间布局约束, 污染物排放管控, 环境风险防控, 资源开发效率要求 and their published variants) and writes a rule set in which every non-empty cell becomes a text-only unit rule, to be checked by hand until machine conditions are added. Where a cell numbers its clauses in sequence (1-3, （1）, 1）, 1., 1、, 一、, （一）, ①), or holds one numbered clause alone, each clause becomes a rule whose id keeps the number; items numbered 1. 2. inside a clause numbered 1、 (or the reverse) stay in it. Title rows, 序号 and 备注 columns and two-row headers are recognised; the log and the outputs name every column used, every column not imported, and each column that looks like a requirement column but could not be placed. Columns are detected from the published spellings (more can be added under Settings ▸ Options ▸ Zoning Review); 'Column mapping' gives only the columns that are not recognised (code=…; spatial_layout=…; resource_efficiency=…), the others are still detected. The written file is validated before the algorithm ends.</source>
        <translation>读取已发布的环境管控单元及其准入要求表格（xlsx、ods、UTF-8 或 GBK 编码的 csv，或 Word .docx 文档中的表格：单元编码、名称、类别，以及每个管控维度一列——空间布局约束、污染物排放管控、环境风险防控、资源开发效率要求及各地的其他写法），并写出规则集：每个非空单元格成为一条纯文本单元条款，在补充机器可判定条件之前需人工核查。单元格中条款按顺序编号（1-3、（1）、1）、1.、1、、一、、（一）、①），或只有一款带编号的条款时，每一款成为一条条款，其编号保留在条款编号中；以 1、 编号的条款中以 1. 2. 编号的各项（或反之）仍属于该条款。可识别标题行、序号和备注列以及两行表头；日志和输出列出所用的每一列、未导入的每一列，以及看似管控要求列但无法对应的每一列。列按已发布的各种写法自动识别（可在 设置 ▸ 选项 ▸ 分区管控审查 中添加更多写法）；“列对应”只需给出无法识别的列（code=…; spatial_layout=…; resource_efficiency=…），其余列仍自动识别。写出的文件在算法结束前经过校验。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="130" />
        <source>a mapping (key: value)</source>
        <translation>映射（键: 值）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="130" />
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="130" />
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="130" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="131" />
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="131" />
        <source>yes/no (true or false)</source>
        <translation>是/否（true 或 false）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="131" />
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="131" />
        <source>{one} or {other}</source>
        <translation>{one}或{other}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/messages.py" line="132" />
        <source>{one}, {other}</source>
        <translation>{one}、{other}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="154" />
        <source>Metres, e.g. 500 or 0.5</source>
        <translation>单位为米，如 500 或 0.5</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="101" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="258" />
        <source>Discard the changes in the form</source>
        <translation>放弃表单中的修改</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="282" />
        <source>Added rule {id}</source>
        <translation>已新建条款 {id}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="282" />
        <source>Changed rule {id}</source>
        <translation>已修改条款 {id}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="298" />
        <source>Delete rule {rule}? Undo brings it back; the file changes only when the rule set is saved.</source>
        <translation>删除条款 {rule}？可用“撤销”恢复；保存规则集后才会改动文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="309" />
        <source>Deleted rule {id}</source>
        <translation>已删除条款 {id}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="329" />
        <source>Undone: {step}.</source>
        <translation>已撤销：{step}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/values.py" line="56" />
        <source>“{text}” is not a distance: give a number of metres, e.g. 500 or 0.5.</source>
        <translation>“{text}”不是距离：请填写以米为单位的数值，如 500 或 0.5。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/orphans.py" line="142" />
        <source>Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is reviewed. Layer {match} has its data source: choose {match} as the unit layer in the Zoning Review panel and click Restore binding, or click Forget there to drop the old binding.</source>
        <translation>绑定了规则集 {files} 的管控单元图层 {layer} 已不在项目中，因此不审查任何地块。图层 {match} 的数据源与其相同：请在分区管控审查面板中选择 {match} 作为管控单元图层并点击“恢复绑定”，或在该处点击“忘记”删除原绑定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/orphans.py" line="146" />
        <source>Unit layer {layer}, bound to the rule sets {files}, is no longer in the project (removed, or added again as a new layer), so no site is reviewed. Bind the unit layer again in the Zoning Review panel and click Forget there to drop the old binding.</source>
        <translation>绑定了规则集 {files} 的管控单元图层 {layer} 已不在项目中（已移除，或作为新图层重新添加），因此不审查任何地块。请在分区管控审查面板中重新绑定管控单元图层，并在该处点击“忘记”删除原绑定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="262" />
        <source>The constraint layer {layer} bound to the rule set's {name} is no longer in the project under the id it was bound by, and {count} layers are called {layer} ({sources}): none is used, as which one was meant is not known, and rules that need it will report 'needs information'. Choose the layer for {name} in the Zoning Review panel.</source>
        <translation>绑定到规则集中 {name} 的约束图层 {layer} 已不以绑定时的 ID 存在于项目中，而项目中有 {count} 个名为 {layer} 的图层（{sources}）：无法确定所指的是哪一个，因此均不使用，需要该图层的条款将显示“需补充信息”。请在分区管控审查面板中为 {name} 选择图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="70" />
        <source>The project's saved reviews were written by a newer version of Zoning Review (version {version}): they are left as they are, and no review can be saved in this project. Update the plugin to read them.</source>
        <translation>项目中保存的审查由更新版本的分区管控审查插件写入（第 {version} 版）：已原样保留，本项目中不能保存审查。请升级插件后读取。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="73" />
        <source>The project's saved reviews are of version {version}, which no version of Zoning Review writes: they are left as they are, and no review can be saved in this project. To recover them, open a backup copy of the project (or correct the entry by hand).</source>
        <translation>项目中保存的审查为第 {version} 版，任何版本的分区管控审查插件都不会写入该版本：已原样保留，本项目中不能保存审查。如需找回，请打开项目的备份副本（或手工修正该条目）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="105" />
        <source>The project's saved reviews cannot be read ({error}); they are left as they are, and no review can be saved in this project until they can be read. To recover them, open a backup copy of the project (or correct the entry by hand); meanwhile a review can be kept with Save to register.</source>
        <translation>无法读取项目中保存的审查（{error}）：已原样保留，在能够读取之前本项目中不能保存审查。如需找回，请打开项目的备份副本（或手工修正该条目）；在此期间可通过“存入台账”保留审查。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/recorded_bindings.py" line="36" />
        <source>Restore binding</source>
        <translation>恢复绑定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/recorded_bindings.py" line="38" />
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <location filename="../plugin/gui/recorded_bindings.py" line="40" />
        <source>Drop the bindings recorded for unit layers no longer in the project</source>
        <translation>删除项目中已不存在的管控单元图层的绑定记录</translation>
    </message>
    <message>
        <location filename="../plugin/gui/recorded_bindings.py" line="61" />
        <source>Bound to unit layers no longer in the project: {layers}. This layer has the data source of {layer}: Restore binding binds it as that layer was bound.</source>
        <translation>已绑定但已不在项目中的管控单元图层：{layers}。本图层的数据源与 {layer} 相同：“恢复绑定”将按该图层原来的绑定绑定本图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/recorded_bindings.py" line="65" />
        <source>Bound to unit layers no longer in the project: {layers}. No site is reviewed until they are restored (choose the layer of the same data source) or forgotten.</source>
        <translation>已绑定但已不在项目中的管控单元图层：{layers}。在恢复（选择数据源相同的图层）或忘记这些绑定之前，不审查任何地块。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="285" />
        <source>Screening the units…</source>
        <translation>正在筛查管控单元……</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="242" />
        <source>the rule set has no rules, so a review with it could only conclude compliant: add its rules</source>
        <translation>该规则集没有任何条款，用它审查只能得出“符合”：请补充其条款</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="243" />
        <source>none of the rule sets {files} has a rule, so a review with them could only conclude compliant: add the lists' rules, or use the lists that have them</source>
        <translation>规则集 {files} 均没有任何条款，用它们审查只能得出“符合”：请补充清单的条款，或改用含有条款的清单</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="300" />
        <source>A query in the database failed ({reason}); this site is overlaid in QGIS instead.</source>
        <translation>数据库中的一次查询失败（{reason}）；该选址改在 QGIS 中叠加分析。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="167" />
        <source>The register {path} could not be opened (another reviewer may be saving to it); nothing was written. Save the review again in a moment.</source>
        <translation>无法打开审查台账 {path}（可能有其他审查人正在存入）；未写入任何内容。请稍后重新存入台账。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="170" />
        <source>{path} could not be opened as a GeoPackage; nothing was written. Choose the register's GeoPackage, or a new file.</source>
        <translation>无法将 {path} 作为 GeoPackage 打开；未写入任何内容。请选择审查台账所在的 GeoPackage，或新建文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="229" />
        <source>The register {path} is busy (another reviewer is saving to it); nothing was written. Save the review again in a moment.</source>
        <translation>审查台账 {path} 正忙（有其他审查人正在存入）；未写入任何内容。请稍后重新存入台账。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="44" />
        <source>Compares two rule-set files (for example this year's access list with last year's) rule by rule, matched by rule id: the rules added, removed and changed. A change names its aspects (level, dimension, effect, scope, conditions, text_zh, text_en, basis) with their text before and after; conditions are compared by meaning (新建 and new are the same). What a rule reads from its list's declarations counts too: the type, unit and values of the attributes its conditions name (conditions), the units its category kind covers and the list's scope (scope). Output: one row per rule added, removed or changed. Both files must load without errors.</source>
        <translation>按条款编号逐条比对两个规则集文件（例如今年与去年的准入清单）：新增、删除和修改的条款。修改的条款列出改动方面（level 层级、dimension 管控维度、effect 管控方式、scope 适用范围、conditions 条件、text_zh、text_en 条款文本、basis 依据）及改动前后的内容；条件按含义比较（“新建”与 new 相同）。条款从清单声明中读取的内容也计入比对：其条件所用属性的类型、单位和取值（计入条件），其类别所涵盖的管控单元及清单的适用范围（计入适用范围）。输出：每条新增、删除或修改的条款一行。两个文件均须无错误地加载。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/diff_rules.py" line="87" />
        <source>{old} {old_version} → {new} {new_version}: rules added {added}, removed {removed}, changed {changed}.</source>
        <translation>{old} {old_version} → {new} {new_version}：新增条款 {added} 条，删除 {removed} 条，修改 {changed} 条。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="147" />
        <source>Line {line}: “{text}” has 2 values: “{token}” may be a point name whose coordinate is missing, or a coordinate in degrees with its hemisphere. Write a named point as “{token}, x, y”, and degrees with a decimal point, as in “{degrees}”.</source>
        <translation>第 {line} 行：“{text}”只有 2 个值：“{token}”可能是缺少了一个坐标的点名，也可能是带半球标记的度数坐标。如为点名，请写成“{token}, x, y”；如为度数，请带小数点书写，如“{degrees}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="163" />
        <source>Line {line}: “{text}” has 3 values, but line {other} has 2 (x and y): it may be x and y followed by a third value such as a height, or a point named “{name}” with its x and y. Write every point as “x, y”, or every point as “name, x, y”.</source>
        <translation>第 {line} 行：“{text}”有 3 个值，而第 {other} 行只有 2 个值（x 和 y）：可能是 x、y 后接第三个值（如高程），也可能是点名为“{name}”的点及其 x、y。请将每个点都写成“x, y”，或都写成“点名, x, y”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="169" />
        <source>Line {line}: “{text}” has 3 values, and “{name}” reads as a coordinate, not as a point name: it may be x and y followed by a third value such as a height. Write every point as “x, y”, or every point as “name, x, y” with a name such as J1 or 1.</source>
        <translation>第 {line} 行：“{text}”有 3 个值，而“{name}”读作坐标而非点名：可能是 x、y 后接第三个值（如高程）。请将每个点都写成“x, y”，或都写成“点名, x, y”，点名如 J1 或 1。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="101" />
        <source>Line {line}: “{token}” is written with an exponent (as a spreadsheet shows a long number in a narrow column): digits may have been cut off, and an E may be a hemisphere. Write the number in full, as in 39403464.69.</source>
        <translation>第 {line} 行：“{token}”以科学计数法书写（电子表格在列宽不足时会这样显示长数字）：可能丢失了部分位数，其中的 E 也可能是半球标记。请完整书写该数字，如 39403464.69。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="180" />
        <source>Layer {layer} could not be read completely from its database (the connection failed or the table changed while it was read), so the overlay runs in QGIS instead.</source>
        <translation>图层 {layer} 未能从其数据库中完整读取（连接中断或读取期间数据表发生变化），叠加分析改在 QGIS 中进行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="303" />
        <source>Layer {layer} could not be read completely from its database (the connection failed or the table changed while it was read); this site is overlaid in QGIS instead.</source>
        <translation>图层 {layer} 未能从其数据库中完整读取（连接中断或读取期间数据表发生变化）；该选址改在 QGIS 中叠加分析。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="305" />
        <source>Layer {layer} could not be read completely from its database (the connection failed or the table changed while it was read); these {n} sites are overlaid in QGIS instead.</source>
        <translation>图层 {layer} 未能从其数据库中完整读取（连接中断或读取期间数据表发生变化）；这 {n} 个选址改在 QGIS 中进行叠加分析。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="61" />
        <source>{label} ({layer})</source>
        <translation>{label}（{layer}）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="192" />
        <source>Every site was reviewed before the cancel: the run is complete and its review notes are written.</source>
        <translation>取消前所有选址均已审查完毕：本次运行已完成，将写出全部审查意见。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/orphans.py" line="132" />
        <source>Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is reviewed. The layers {candidates} each may hold its data: none is offered, as which one it is is not known. Bind the right one again in the Zoning Review panel and click Forget there to drop the old binding.</source>
        <translation>绑定了规则集 {files} 的管控单元图层 {layer} 已不在项目中，因此不审查任何地块。图层 {candidates} 均可能是其数据：无法确定是哪一个，因此均不提供恢复。请在分区管控审查面板中重新绑定正确的图层，并在面板中点击“忘记”以删除原绑定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/orphans.py" line="137" />
        <source>Unit layer {layer}, bound to the rule sets {files}, is no longer in the project, so no site is reviewed. Layer {match} holds its data, moved with the project: choose {match} as the unit layer in the Zoning Review panel and click Restore binding, or click Forget there to drop the old binding.</source>
        <translation>绑定了规则集 {files} 的管控单元图层 {layer} 已不在项目中，因此不审查任何地块。图层 {match} 是其随项目一并移动的数据：请在分区管控审查面板中将 {match} 选为管控单元图层并点击“恢复绑定”，或在面板中点击“忘记”以删除原绑定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="150" />
        <source>Layer {layer} has no field {fields}: give the unit fields the layer has in the algorithm's parameters, or bind the layer again in the Zoning Review panel (a requirement text field renamed or removed in the data: bind the layer again, or do not check the unit layer's own requirement texts).</source>
        <translation>图层 {layer} 中没有字段 {fields}：请在算法参数中指定该图层现有的单元字段，或在分区管控审查面板中重新绑定该图层（管控要求文本字段已在数据中重命名或删除的，请重新绑定该图层，或不核查管控单元图层自带的管控要求文本）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="20" />
        <source>requirement text, {dimension}</source>
        <translation>管控要求文本（{dimension}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="35" />
        <source>{field} ({role})</source>
        <translation>{field}（{role}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="43" />
        <source>Unit layer {layer} no longer has the fields its binding reads: {fields} (renamed or removed in its data). No site is reviewed until the layer is bound again in the Zoning Review panel (choose its unit fields there) or the fields are restored in the data.</source>
        <translation>管控单元图层 {layer} 已不再包含其绑定所读取的字段：{fields}（已在数据中重命名或删除）。在分区管控审查面板中重新绑定该图层（在面板中重新选择单元字段）或在数据中恢复这些字段之前，不审查任何地块。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/recorded_bindings.py" line="57" />
        <source>Bound to unit layers no longer in the project: {layers}. This layer holds the data of {layer}, moved with the project: Restore binding binds it as that layer was bound.</source>
        <translation>已绑定但不在项目中的管控单元图层：{layers}。本图层是 {layer} 随项目一并移动的数据：“恢复绑定”将按该图层原有的绑定方式绑定本图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="29" />
        <source>scope of list {list}</source>
        <translation>清单 {list} 的适用范围</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/unit_fields.py" line="54" />
        <source>Unit layer {layer} has no field {fields}: every unit would be outside that list, so its clauses would never apply. No site is reviewed until the list's scope is corrected (in its file or in the binding) or the field is restored in the data.</source>
        <translation>单元图层 {layer} 没有字段 {fields}：所有单元都将落在该清单之外，其条款将永远不被适用。在更正该清单的适用范围（在清单文件或绑定中）或在数据中恢复该字段之前，不审查任何场址。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="204" />
        <source>Layer {layer} has no field {fields}: every unit would be outside that list, so its clauses would never apply. Correct the list's scope (in its file, or in 'Scopes of the rule sets') or use a unit layer that has the field.</source>
        <translation>图层{layer}没有字段 {fields}：所有单元都将落在该清单之外，其条款将永远不被适用。请更正该清单的适用范围（在清单文件中，或在“规则集适用范围”中），或使用含有该字段的单元图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_plain.py" line="97" />
        <source>{value} is a number written with _ between its digits, which the plugin reads nowhere else: write {number}, or put it in quotes ('{value}') if it is text.</source>
        <translation>{value} 是数字之间带“_”的数值写法，本插件其他各处均不接受此写法：如为数值，请写作 {number}；如为文本，请加引号写作 '{value}'。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_plain.py" line="99" />
        <source>{value} is read by YAML 1.1 as yes/no but by YAML 1.2 tools as text: write {boolean} for a yes/no value, or put it in quotes ('{value}') if it is text.</source>
        <translation>{value} 在 YAML 1.1 中读作是/否（布尔值），在 YAML 1.2 工具中却读作文本：如为是/否值，请写作 {boolean}；如为文本，请加引号写作 '{value}'。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="22" />
        <source>Line {line}, column {column}: {problem}</source>
        <translation>第 {line} 行第 {column} 列：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="107" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="338" />
        <source>Redone: {step}.</source>
        <translation>已重做：{step}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/file_names.py" line="62" />
        <source>The notes file {path} would have a path of {length} characters; Windows allows at most {limit}. Choose a folder with a shorter path (such as a folder directly under a drive) or a shorter name.</source>
        <translation>审查意见文件 {path} 的路径长度将为 {length} 个字符，超过 Windows 允许的最大长度 {limit} 个字符。请选择路径较短的文件夹（例如直接位于磁盘根目录下的文件夹），或使用较短的名称。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="141" />
        <source>{file} is an Excel 97-2003 workbook (.xls), whose merged cells the importer cannot see: a requirement merged over the rows of several units would be imported for the first of them only. Save it as an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods) and import that.</source>
        <translation>{file} 为 Excel 97-2003 工作簿（.xls），导入工具无法识别其中的合并单元格：跨多个单元行合并的管控要求只会导入到其中第一个单元。请将其另存为 Excel 工作簿（.xlsx）或 OpenDocument 电子表格（.ods）后再导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="124" />
        <source>The register {path} cannot keep its numbers ({error}); nothing was written.</source>
        <translation>审查台账 {path} 无法保存已编发的编号记录（{error}）；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="138" />
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="140" />
        <source>the folder {folder} is on a read-only file system</source>
        <translation>文件夹 {folder} 位于只读文件系统上</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="142" />
        <source>the file cannot be written (its permissions or attributes refuse it)</source>
        <translation>该文件不可写入（其权限或属性不允许写入）</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="144" />
        <source>the folder {folder} cannot be written</source>
        <translation>文件夹 {folder} 不可写入</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="157" />
        <source>The review could not be saved to the register {path}: {reason}; nothing was written. Make the folder writable, or choose a register in a folder you can write to under Settings ▸ Options ▸ Zoning Review.</source>
        <translation>审查未能存入台账 {path}：{reason}；未写入任何内容。请使该文件夹可写入，或在“设置 ▸ 选项 ▸ 分区管控审查”中选择位于可写入文件夹中的台账。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="231" />
        <source>QGIS gave no reason; check that the file can be written</source>
        <translation>QGIS 未给出原因；请检查该文件是否可写入</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="141" />
        <source>The register does not record what the rules had found for these clauses whose finding the reviewer overrode, so it cannot be checked that the later rule set still finds what was overridden; the overrides are not applied. Judge these clauses again: {clauses}</source>
        <translation>台账未记录下列经审查人改判条款的规则原结论，无法核实新规则集是否仍得出被改判的结论，这些改判不予适用。请重新判定这些条款：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_project.py" line="124" />
        <source>{origin} has no field the review reads (industry, construction nature, catalogue class or an attribute the rule sets declare): only its outline is the site, and the project form keeps what was entered.</source>
        <translation>{origin}不含审查所读取的字段（行业代码、建设性质、产业结构调整目录类别或规则集声明的属性）：仅以其范围作为选址，项目表单保留已填写的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="127" />
        <source>The map has no coordinate reference system, so where the drawn site lies is unknown: set the project's CRS (Project › Properties › CRS), then draw the site again.</source>
        <translation>地图没有坐标参考系，无法确定所绘选址的位置：请设置工程的坐标参考系（工程 › 属性 › 坐标参考系），然后重新绘制选址。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="66" />
        <source>Feature {fids} of {where} has an invalid geometry ({error}), so the features cannot be joined into one site: repair it (Check Validity shows where; Fix Geometries writes a repaired copy) and take the repaired features.</source>
        <translation>{where} 的要素 {fids} 几何图形无效（{error}），无法与其他要素合并为一个选址：请修复该要素（“检查有效性”可定位问题，“修复几何图形”可生成修复后的副本），再使用修复后的要素。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="70" />
        <source>Features {fids} of {where} have invalid geometries ({error}), so they cannot be joined into one site: repair them (Check Validity shows where; Fix Geometries writes a repaired copy) and take the repaired features.</source>
        <translation>{where} 的要素 {fids} 几何图形无效（{error}），无法合并为一个选址：请修复这些要素（“检查有效性”可定位问题，“修复几何图形”可生成修复后的副本），再使用修复后的要素。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="90" />
        <source>{layer} has no coordinate reference system (e.g. a shapefile without its .prj), so where its features lie is unknown: set the CRS its coordinates are in (Layer Properties › Source), then press “Selected” again.</source>
        <translation>{layer} 没有坐标参考系（例如 Shapefile 缺少 .prj 文件），无法确定其要素所在位置：请设置其坐标实际所用的坐标参考系（图层属性 › 源），然后再次点击“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/hidden_rows.py" line="49" />
        <source>Layer {layer}: whether its table {table} holds features the layer leaves out could not be checked in the database ({reason}), so the layer is not used. Check the connection to the database, then run again.</source>
        <translation>图层{layer}：无法在数据库中核查其数据表 {table} 是否含有该图层未包含的要素（{reason}），因此不使用该图层。请检查数据库连接，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/hidden_rows.py" line="60" />
        <source>Layer {layer} leaves out {n} features of its table {table}: QGIS shows only those stored in the spatial reference SRID {srid}, and these are stored in SRID {srids}.</source>
        <translation>图层{layer}未包含其数据表 {table} 中的 {n} 个要素：QGIS 只显示以坐标参考系 SRID {srid} 存储的要素，而这些要素以 SRID {srids} 存储。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/hidden_rows.py" line="64" />
        <source>Layer {layer} leaves out {n} features of its table {table}: QGIS shows only the geometries of the layer's type, and these are {types}.</source>
        <translation>图层{layer}未包含其数据表 {table} 中的 {n} 个要素：QGIS 只显示与图层几何类型一致的几何，而这些要素的几何类型为 {types}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/hidden_rows.py" line="67" />
        <source>The review cannot rely on a layer that leaves features out: store the table's geometries in one spatial reference and one geometry type (e.g. with ST_Transform), or add a view that gives them so, then run again.</source>
        <translation>图层遗漏要素时审查结果不可依赖：请将该表的几何统一为同一坐标参考系和同一几何类型（例如使用 ST_Transform），或新建按此统一的视图，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="63" />
        <source>The unit table {table} has no primary key (QGIS tells its rows apart by where they are stored), so the overlay runs in QGIS; give the table a primary key to run it in the database.</source>
        <translation>管控单元数据表 {table} 没有主键（QGIS 按行的存储位置区分各行），因此叠加分析在 QGIS 中进行；为该表设置主键后，叠加分析即可在数据库中进行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="290" />
        <source>The file cannot be read: it does not exist. Check the path and the file name.</source>
        <translation>无法读取文件：文件不存在。请检查路径和文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="291" />
        <source>The file cannot be read: it is a folder. Give the path of a rule-set file (.yaml).</source>
        <translation>无法读取文件：这是一个文件夹。请给出规则集文件（.yaml）的路径。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="292" />
        <source>The file cannot be read: you may not read it. Check its permissions.</source>
        <translation>无法读取文件：没有读取该文件的权限。请检查文件权限。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="208" />
        <source>{output}: QGIS does not write an output to a table given as |layername=; it would write a new file with this whole name. Give the table as ogr:dbname='file.gpkg' table="name" (geom), or give a file name only.</source>
        <translation>{output}：QGIS 不会将输出写入以 |layername= 指定的表，而会新建一个以整串文字命名的文件。请按 ogr:dbname='file.gpkg' table="name" (geom) 的形式指定表，或只给出文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/output_paths.py" line="214" />
        <source>{output} already holds the layers {layers}: QGIS writes this file anew, which would delete them. Write to a table of it (ogr:dbname='file.gpkg' table="name" (geom)) or choose another file.</source>
        <translation>{output} 中已有图层 {layers}：QGIS 将重新写入整个文件，这些图层会被删除。请写入该文件中的一个表（ogr:dbname='file.gpkg' table="name" (geom)），或另选输出文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/outputs/register.py" line="127" />
        <source>The register {path} records the highest number it issued as “{value}”, which is not a number; nothing was written. Set the metadata row {uri} of the GeoPackage back to the highest number the register issued.</source>
        <translation>台账 {path} 记录的已发放最大编号为“{value}”，不是数字；未写入任何内容。请将该 GeoPackage 中元数据行 {uri} 恢复为台账已发放的最大编号。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="11" />
        <source>An override is not given again when the later rule set finds its clause otherwise than the finding the reviewer overrode: the log names it with the clauses the later rule set decides or, when the later rule set leaves the clause to a person, apart, to be judged again. Nor is an override whose entry does not record what the rules had found, since it cannot be checked: the log names it apart, to be judged again.</source>
        <translation>新规则集对条款得出的结论与审查人所改判的规则结论不同时，改判不再适用：日志将其与新规则集已能判定的条款一并列明；新规则集将该条款留待人工判断的，另行列明，须重新判定。台账条目未记录规则原结论的改判，因无法核实，同样不再适用，日志另行列明，须重新判定。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="137" />
        <source>The later rule set leaves these clauses to a person, no longer deciding them as the finding the reviewer overrode did; the overrides are not applied. Judge these clauses again: {clauses}</source>
        <translation>新规则集将下列条款留待人工判断，不再得出审查人所改判的规则结论，这些改判不予适用。请重新判定这些条款：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="114" />
        <source>“{value}” as stored: not a language of the notes</source>
        <translation>已存储的“{value}”：不是审查意见可用的语言</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="150" />
        <source>The stored value “{value}” is not a finite number of at least zero: the default shown here is used. It is kept until you change the value here.</source>
        <translation>已存储的值“{value}”不是大于或等于零的有限数：审查时使用此处显示的默认值。在此处更改该值之前，已存储的值保持不变。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="153" />
        <source>The stored value {value} is above what this page offers ({limit}); it is shown and kept unless you change it here.</source>
        <translation>已存储的值 {value} 超出本页可设置的上限（{limit}）；此处按原值显示，除非在此处更改，否则保持不变。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/saved_reviews.py" line="247" />
        <source>on screen when the project was saved</source>
        <translation>保存工程时界面上的选址</translation>
    </message>
    <message>
        <location filename="../plugin/processing/base.py" line="147" />
        <source>{path} already existed: the file it held is kept as {backup}.</source>
        <translation>{path} 已存在：原文件已备份为 {backup}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="92" />
        <source>{path} is not a page Zoning Review wrote, and the review notes would replace it. Move or rename it, or choose another folder for the notes.</source>
        <translation>{path} 不是分区管控审查插件生成的页面，编写审查意见将覆盖该文件。请移走或重命名该文件，或为审查意见另选文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="153" />
        <source>{path} is not a page Zoning Review wrote, so the index of the notes was not written over it. Move or rename it, or choose another folder for the notes.</source>
        <translation>{path} 不是分区管控审查插件生成的页面，因此未覆盖该文件写入审查意见索引页。请移走或重命名该文件，或为审查意见另选文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="187" />
        <source>{path} is not a page Zoning Review wrote, so the notes of site {site} were not written over it. Move or rename it, or choose another folder for the notes.</source>
        <translation>{path} 不是分区管控审查插件生成的页面，因此未覆盖该文件写入选址 {site} 的审查意见。请移走或重命名该文件，或为审查意见另选文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/coordinate_dialog.py" line="128" />
        <source>The coordinates below are not this file's: edit them, or open another file.</source>
        <translation>下方的坐标并非该文件的内容：请修改坐标，或打开其他文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_project.py" line="76" />
        <source>{origin} describe different projects: their fields {fields} differ ({features}), so they were not taken as one site. Select the features of one project, or one feature, and press “Selected” again.</source>
        <translation>{origin}属于不同的项目：其字段 {fields} 的取值不一致（{features}），因此未合并为一个选址。请选中同一项目的要素或单个要素，再次点击“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_project.py" line="81" />
        <source>{origin}: {features}</source>
        <translation>{origin}：{features}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_project.py" line="120" />
        <source>{origin} has no field the review reads, so the project form was emptied: it held the values taken from {previous}, another site's. Enter this project's values.</source>
        <translation>{origin}不含审查所读取的字段，项目表单已清空：表单中原有的信息取自另一选址 {previous}。请填写本项目的信息。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_project.py" line="129" />
        <source>The new site ({origin}) is reviewed with the project values taken from {previous}: check that they describe this site's project.</source>
        <translation>新选址（{origin}）使用的是取自 {previous} 的项目信息进行审查：请核实这些信息是否属于该选址的项目。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="79" />
        <source>No layer is active: click the site's polygon layer in the Layers panel, select the site's features, then press “Selected”.</source>
        <translation>没有当前图层：请在图层面板中点击选址所在的面图层，选中选址要素，再点击“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="82" />
        <source>The active layer {layer} is not a polygon layer, so its selection cannot be the site: click the site's polygon layer in the Layers panel, then press “Selected”.</source>
        <translation>当前图层 {layer} 不是面图层，其选中要素不能作为选址：请在图层面板中点击选址所在的面图层，再点击“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="87" />
        <source>No feature of {layer} (the active layer) is selected: select the site's features (e.g. with the Select Features tool), then press “Selected”.</source>
        <translation>当前图层 {layer} 中没有选中的要素：请选中选址要素（例如使用“选择要素”工具），再点击“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/rule_lists.py" line="269" />
        <source>attribute {attribute} is declared in the list {other} with another type, unit or set of values than in the list {first}, so its rules would compare a project's value read as {first} declares it (a number in 万元 against a limit in 亿元): declare it alike in both lists, or give it another name in one</source>
        <translation>清单{other}对属性{attribute}声明的类型、单位或取值范围与清单{first}不同，其条款将以按清单{first}声明读取的项目数值进行比较（如以万元计的数值与以亿元计的限值相比较）：请在两份清单中作相同声明，或在其中一份清单中改用其他属性名</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="273" />
        <source>The unit's code must be given.</source>
        <translation>应提供环境管控单元编码。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="295" />
        <source>the unit's code is not given, so the rules that name units by their code (and the lists whose scope is an administrative code) cannot be chosen: give the unit its code</source>
        <translation>未提供单元编码，无法确定按单元编码适用的条款（以及按行政区划代码确定适用范围的清单）：请补充该单元的环境管控单元编码</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="372" />
        <source>expression {expression} gives {value}, which is not yes or no: write it as a comparison, such as "water_m3d" &gt; 5000</source>
        <translation>表达式 {expression} 的结果为 {value}，不是“是”或“否”：请写成比较式，例如 "water_m3d" &gt; 5000</translation>
    </message>
    <message>
        <location filename="../plugin/gui/unsaved_prompt.py" line="15" />
        <source>Unsaved review</source>
        <translation>审查尚未保存</translation>
    </message>
    <message>
        <location filename="../plugin/gui/unsaved_prompt.py" line="15" />
        <source>The review of {site} on screen has judgements or an opinion that are not saved in the project.</source>
        <translation>当前显示的“{site}”审查中有尚未保存到工程中的判定或审查意见。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/unsaved_prompt.py" line="19" />
        <source>Save it as a named review before another review replaces it, or discard it?</source>
        <translation>是否在其他审查替换之前将其保存为命名审查，或予以放弃？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/unit_check.py" line="24" />
        <source>Looking for units without a code in {layer}</source>
        <translation>正在检查图层 {layer} 中缺少单元编码的管控单元</translation>
    </message>
    <message>
        <location filename="../plugin/gui/unit_check.py" line="39" />
        <source>The units of {layer} could not be checked for a missing code: {error}</source>
        <translation>未能检查图层 {layer} 的管控单元是否缺少单元编码：{error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="82" />
        <source>Writing the review notes…</source>
        <translation>正在生成审查意见…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="23" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="175" />
        <source>Writing the notes was cancelled; only these were written: {files}</source>
        <translation>已取消生成审查意见；仅以下文件已写入：{files}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="178" />
        <source>Writing the notes was cancelled; no file was written.</source>
        <translation>已取消生成审查意见；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="86" />
        <source>{area} ha</source>
        <translation>{area} 公顷</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="89" />
        <source>{area} m²</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="276" />
        <source>{unit} · {category} · {area}</source>
        <translation>{unit} · {category} · {area}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="289" />
        <source>{category} · {area} · {percent}% of the site</source>
        <translation>{category} · {area} · 占选址面积 {percent}%</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="217" />
        <source>Site {origin}: its area cannot be measured in {crs} (a vertex lies outside the CRS's area of use, or the site has no area); the review says why.</source>
        <translation>选址（{origin}）：无法在 {crs}中量算面积（有界址点超出该坐标参考系的适用范围，或选址面积为零）；原因见审查结果。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/main_thread.py" line="55" />
        <source>Writing the notes was cancelled.</source>
        <translation>已取消生成审查意见。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="95" />
        <source>site overlaps {layer} by {area} m², within the tolerance of {limit} m², so it is not counted as an overlap</source>
        <translation>选址与 {layer} 重叠 {area} m²，在 {limit} m² 的容差以内，不计为重叠</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="240" />
        <source>{area} (within the tolerance of {limit}: not counted)</source>
        <translation>{area}（在 {limit} 的容差以内，不计入）</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="48" />
        <source>Line {line}: “{token}” stands where the latitude is read but is more than 90°: a latitude is at most 90°. Check the order of the columns, or correct the degrees.</source>
        <translation>第 {line} 行：“{token}”位于读作纬度的位置，但大于 90°：纬度不超过 90°。请检查各列的顺序，或更正度数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="90" />
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="90" />
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="95" />
        <source>Line {line}: “{text}” writes the {first} first ({token}), but the lines without a hemisphere give the northing (latitude) first by their values (line {other}: “{other_text}”): write this line in their order, as in “{example}”, or write the hemispheres on every line.</source>
        <translation>第 {line} 行：“{text}”先写{first}（{token}），但未标半球的各行按其数值是北坐标（纬度）在前（第 {other} 行：“{other_text}”）：请按这些行的顺序书写本行，如“{example}”，或在每一行都标注半球。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="99" />
        <source>Line {line}: “{text}” writes the {first} first ({token}), but the lines without a hemisphere give the easting (longitude) first by their values (line {other}: “{other_text}”): write this line in their order, as in “{example}”, or write the hemispheres on every line.</source>
        <translation>第 {line} 行：“{text}”先写{first}（{token}），但未标半球的各行按其数值是东坐标（经度）在前（第 {other} 行：“{other_text}”）：请按这些行的顺序书写本行，如“{example}”，或在每一行都标注半球。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/axes.py" line="103" />
        <source>Line {line}: “{text}” writes the {first} first ({token}), but the values of the lines without a hemisphere do not tell their order, so they are read with the easting (longitude) first (line {other}: “{other_text}”): write the hemispheres on every line, or set the axis order by hand.</source>
        <translation>第 {line} 行：“{text}”先写{first}（{token}），但未标半球的各行无法从数值判断坐标顺序，因此按东坐标（经度）在前读取（第 {other} 行：“{other_text}”）：请在每一行都标注半球，或手动设置坐标轴顺序。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="76" />
        <source>Line {line}: “{text}” ends in “{letter}”, which is neither a coordinate nor a hemisphere (E, W, N, S): remove it, or, if it names the point, write the name first, as in “{example}”.</source>
        <translation>第 {line} 行：“{text}”以“{letter}”结尾，它既不是坐标也不是半球标记（E、W、N、S）：请删除它；如果它是点名，请写在最前面，如“{example}”。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/lines.py" line="86" />
        <source>Line {line}: “{text}” ends in the letter “{letter}” apart from the values: it may be the hemisphere of “{value}” or a value of its own. Write the hemisphere next to its value, as in “{example}”, or remove the letter.</source>
        <translation>第 {line} 行：“{text}”末尾的字母“{letter}”与数值分开书写：它可能是“{value}”的半球标记，也可能是单独的一个值。请将半球标记紧挨其数值书写，如“{example}”，或删除该字母。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="131" />
        <source>Line {line}: “{token}” is more than 180° (its degrees are {value}): a longitude is at most 180° and a latitude at most 90°. Correct the degrees.</source>
        <translation>第 {line} 行：“{token}”大于 180°（度数为 {value}）：经度不超过 180°，纬度不超过 90°。请更正度数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/parse.py" line="134" />
        <source>Line {line}: “{token}” is marked as a latitude (N, S, 北纬, 南纬) but is more than 90° (its degrees are {value}): a latitude is at most 90°. Correct the degrees, or the hemisphere if it is a longitude.</source>
        <translation>第 {line} 行：“{token}”标为纬度（N、S、北纬、南纬），但大于 90°（度数为 {value}）：纬度不超过 90°。请更正度数；如果它是经度，请更正半球标记。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/feature_keys.py" line="46" />
        <source>The table {table} has no primary key, so QGIS numbers its features by where their rows are stored, and the numbers change when the table is rewritten (VACUUM FULL, CLUSTER, a restore).</source>
        <translation>数据表 {table} 没有主键，QGIS 按记录的存储位置为其要素编号，表被重写（VACUUM FULL、CLUSTER、恢复备份）后编号会改变。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/feature_keys.py" line="52" />
        <source>The key {key} of the table {table} is not one integer column, so QGIS numbers its features in the order it first reads them, and the numbers differ from one session to the next.</source>
        <translation>数据表 {table} 的主键 {key} 不是单个整数列，QGIS 按首次读取的顺序为其要素编号，每次打开时编号可能不同。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="57" />
        <source>Unit {code} (feature {fid}) of {layer} holds parts that are not polygons ({detail}); only its polygons are used</source>
        <translation>{layer} 的单元 {code}（要素 {fid}）含有非多边形部分（{detail}）；仅使用其多边形部分</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="59" />
        <source>The site geometry holds parts that are not polygons ({detail}); only its polygons are reviewed</source>
        <translation>选址几何图形含有非多边形部分（{detail}）；仅对其多边形部分进行审查</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="97" />
        <source>Layer {layer}: no site id field is given, so each site would be named by its feature id.</source>
        <translation>图层{layer}：未指定选址编号字段，各选址将以其要素编号标识。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="97" />
        <source>A site's rows in the outputs would later point at another row. Choose the site id field (a field that gives each site its own id), or give the table a primary key of one integer column, then run again.</source>
        <translation>输出结果中的选址记录日后可能指向另一条记录。请指定选址编号字段（每个选址取值唯一的字段），或为该表添加单个整数列的主键，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="103" />
        <source>Layer {layer}: one site has no id in the field {field}, so it would be named by its feature id.</source>
        <translation>图层{layer}：有 1 个选址的字段 {field} 中没有编号，将以其要素编号标识。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="103" />
        <source>Layer {layer}: {n} sites have no id in the field {field}, so each would be named by its feature id.</source>
        <translation>图层{layer}：有 {n} 个选址的字段 {field} 中没有编号，将各以其要素编号标识。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="107" />
        <source>Fill in the missing ids, or give the table a primary key of one integer column, then run again.</source>
        <translation>请补全缺失的编号，或为该表添加单个整数列的主键，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_input.py" line="134" />
        <source>The drawn site is kept on the map: once the review on screen is saved, right-click or press Enter to review it; Esc removes it.</source>
        <translation>绘制的选址范围已保留在地图上：保存当前审查后，单击右键或按 Enter 键即可审查该范围；按 Esc 键可将其删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="90" />
        <source>site lies inside {layer} but for {area} m² outside it, within the tolerance of {limit} m², so it counts as inside</source>
        <translation>选址位于 {layer} 范围内，仅有 {area} m² 位于其外，在 {limit} m² 的容差以内，视为位于其内</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="97" />
        <source>lines of {layer} cross the site: {length} m of them lie within the site</source>
        <translation>{layer} 的线要素穿越选址，位于选址范围内的长度为 {length} m</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="98" />
        <source>lines of {layer} touch the site's boundary without running into it; a line that meets the site counts as overlapping it</source>
        <translation>{layer} 的线要素与选址边界相接，未进入选址范围；线要素与选址相交即计为重叠</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/spatial_reasons.py" line="100" />
        <source>points of {layer} within the site or on its boundary: {count}</source>
        <translation>位于选址范围内或边界上的 {layer} 点要素：{count} 个</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="249" />
        <source>none (lines touch the site's boundary)</source>
        <translation>无（线要素与选址边界相接）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="250" />
        <source>none (lines: {length} m within the site)</source>
        <translation>无（线要素：选址范围内 {length} m）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="251" />
        <source>none (points within the site or on its boundary: {count})</source>
        <translation>无（位于选址范围内或边界上的点要素：{count} 个）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/export.py" line="206" />
        <source>The review notes were cancelled: this page lists only the notes written before the cancel.</source>
        <translation>审查意见的生成已取消：本页仅列出取消前已生成的审查意见。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/source_selection.py" line="70" />
        <source>Control unit layer {layer}: "Selected features only" is set, but no unit is selected. Select the units to use, or clear the option to use every unit.</source>
        <translation>管控单元图层 {layer}：已勾选“仅选中要素”，但未选中任何单元。请选中要使用的单元，或取消该选项以使用全部单元。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_notes.py" line="150" />
        <source>Cancelled: no review note was written, so no index of the notes was written in {folder}.</source>
        <translation>已取消：未生成任何审查意见，因此未在 {folder} 中生成审查意见索引。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/evaluation.py" line="372" />
        <source>no rule of the access list applies to unit {code}: its unit rules name other codes and it has no general or category rule; check that the list covers this unit under the code the unit layer gives it</source>
        <translation>准入清单中没有适用于单元 {code} 的规则：清单的单元规则均针对其他单元编码，且无总体或类别规则适用；请核实清单是否以管控单元图层中的编码列出了该单元</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="150" />
        <source>Row {row} of table {table} holds tracked changes that were not accepted (text inserted or deleted); it was read as if they were accepted. Check its rules against the published list.</source>
        <translation>表 {table} 第 {row} 行含有未接受的修订（插入或删除的文字），已按接受全部修订后的文字读取。请对照正式发布的清单核对该行生成的规则。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="152" />
        <source>Row {row} of table {table} holds a picture, text box, equation or embedded object that the importer cannot read as text; check the rules of that row against the document and add what it says by hand.</source>
        <translation>表 {table} 第 {row} 行含有图片、文本框、公式或嵌入对象，导入工具无法将其读取为文字；请对照原文件核对该行生成的规则，并手工补充其中的内容。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/checks.py" line="189" />
        <source>Another rule already has the id {id}: give this rule an id of its own.</source>
        <translation>已有其他条款使用编号 {id}：请为本条款另设一个编号。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="34" />
        <source>Line {line}, column {column}: this is not valid YAML ({problem}). Check the indentation, colons, brackets and quotes there.</source>
        <translation>第 {line} 行第 {column} 列：此处不是有效的 YAML（{problem}）。请检查该处的缩进、冒号、括号和引号。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="45" />
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="57" />
        <source>Not saved: {path} was changed by another program. Your edits are still here: save again to write them to another file or over it.</source>
        <translation>未保存：{path} 已被其他程序修改。您的修改仍保留在编辑器中：请再次保存，将其写入其他文件或覆盖该文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="64" />
        <source>{path} was changed by another program since it was opened, so it was not overwritten. Your edits are still here: save them to another file, or replace the file with them (its present version is then kept as a timestamped backup beside it).</source>
        <translation>{path} 在打开后已被其他程序修改，因此未予覆盖。您的修改仍保留在编辑器中：可将其另存为其他文件，或用其替换该文件（该文件的现有版本将作为带时间戳的备份保存在其旁边）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="69" />
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="70" />
        <source>Replace the File</source>
        <translation>替换该文件</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/saving.py" line="79" />
        <source>Save the Rule Set As</source>
        <translation>规则集另存为</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="132" />
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="132" />
        <source>These files already exist and would be replaced: {files}
Replace them? Choose No to keep them and give another file name.</source>
        <translation>以下文件已存在，继续将被替换：{files}
是否替换？选择“否”可保留原文件并另行指定文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="144" />
        <source>Clauses whose exceptions apply to the project: {rules}.</source>
        <translation>本项目适用其除外情形的条款：{rules}。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="145" />
        <source>Restrictions whose conditions for allowing the project are met: {rules}.</source>
        <translation>本项目满足允许条件的限制类条款：{rules}。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="147" />
        <source>Clauses the reviewer judged compliant: {rules}.</source>
        <translation>经审查人判定符合的条款：{rules}。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_summary.py" line="158" />
        <source>Requirements the project must meet: {rules}.</source>
        <translation>本项目须落实的要求：{rules}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="143" />
        <source>the reviewer's judgement {judgement} ({time}) was made while this clause was left to a person; the rules now decide it, so the judgement is not applied: judge the clause again if their finding is wrong</source>
        <translation>审查人员的判定{judgement}（{time}）作出时该条款需人工判断；现该条款已由规则判定，该判定不予应用：如规则的结论有误，请重新判定该条款</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="72" />
        <source>made while the clause was left to a person, which the rules now decide: judge the clause again if their finding is wrong</source>
        <translation>作出时该条款需人工判断，现已由规则判定：如规则的结论有误，请重新判定该条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="235" />
        <source>The re-review reported 1 warning (More…; also in the Zoning Review log).</source>
        <translation>复核报告了 1 条警告（见“更多”；亦记录于 Zoning Review 日志）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="236" />
        <source>The re-review reported {n} warnings (More…; also in the Zoning Review log).</source>
        <translation>复核报告了 {n} 条警告（见“更多”；亦记录于 Zoning Review 日志）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="272" />
        <source>Row {row}: the unit-code cell {value} writes the unit's name beside its code; the code {code} was taken.</source>
        <translation>第 {row} 行：单元编码单元格“{value}”在编码旁写有单元名称，已取其中的编码 {code}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="273" />
        <source>Row {row} of table {table}: the unit-code cell {value} writes the unit's name beside its code; the code {code} was taken.</source>
        <translation>表 {table} 第 {row} 行：单元编码单元格“{value}”在编码旁写有单元名称，已取其中的编码 {code}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="275" />
        <source>Row {row} of sheet {sheet}: the unit-code cell {value} writes the unit's name beside its code; the code {code} was taken.</source>
        <translation>工作表 {sheet} 第 {row} 行：单元编码单元格“{value}”在编码旁写有单元名称，已取其中的编码 {code}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="277" />
        <source>Row {row}: {value} in the unit-code column does not look like a unit code (such as ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the unit's code alone in the list and import again.</source>
        <translation>第 {row} 行：单元编码列中的“{value}”不像单元编码（如 ZH13062930001），已按原样保留，其条款仅适用于编码与之完全一致的单元。请在清单中只填写单元编码后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="280" />
        <source>Row {row} of table {table}: {value} in the unit-code column does not look like a unit code (such as ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the unit's code alone in the list and import again.</source>
        <translation>表 {table} 第 {row} 行：单元编码列中的“{value}”不像单元编码（如 ZH13062930001），已按原样保留，其条款仅适用于编码与之完全一致的单元。请在清单中只填写单元编码后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="283" />
        <source>Row {row} of sheet {sheet}: {value} in the unit-code column does not look like a unit code (such as ZH13062930001); it was kept as written, so its rules apply only to a unit coded exactly so. Write the unit's code alone in the list and import again.</source>
        <translation>工作表 {sheet} 第 {row} 行：单元编码列中的“{value}”不像单元编码（如 ZH13062930001），已按原样保留，其条款仅适用于编码与之完全一致的单元。请在清单中只填写单元编码后再次导入。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="286" />
        <source>Row {row} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 第 {row} 行：管控要求单元格中没有管控维度标题（如“空间布局约束：”），其内容（{text}）已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="289" />
        <source>Row {row} of table {table} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 表 {table} 第 {row} 行：管控要求单元格中没有管控维度标题（如“空间布局约束：”），其内容（{text}）已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="292" />
        <source>Row {row} of sheet {sheet} of {file}: the requirement cell has no dimension heading (such as 空间布局约束：); its text ({text}) was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 工作表 {sheet} 第 {row} 行：管控要求单元格中没有管控维度标题（如“空间布局约束：”），其内容（{text}）已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="295" />
        <source>Row {row} of {file}: the requirement text before the first dimension heading ({text}) names no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 第 {row} 行：管控要求中第一个维度标题之前的内容（{text}）未注明所属维度，已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="298" />
        <source>Row {row} of table {table} of {file}: the requirement text before the first dimension heading ({text}) names no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 表 {table} 第 {row} 行：管控要求中第一个维度标题之前的内容（{text}）未注明所属维度，已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="301" />
        <source>Row {row} of sheet {sheet} of {file}: the requirement text before the first dimension heading ({text}) names no dimension; it was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 工作表 {sheet} 第 {row} 行：管控要求中第一个维度标题之前的内容（{text}）未注明所属维度，已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="304" />
        <source>Row {row} of {file}: the heading {heading} in the requirement cell is none of the four dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 第 {row} 行：管控要求单元格中的标题“{heading}”不属于四个管控维度，其下内容已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="307" />
        <source>Row {row} of table {table} of {file}: the heading {heading} in the requirement cell is none of the four dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 表 {table} 第 {row} 行：管控要求单元格中的标题“{heading}”不属于四个管控维度，其下内容已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="310" />
        <source>Row {row} of sheet {sheet} of {file}: the heading {heading} in the requirement cell is none of the four dimensions; its text was imported as rule {rule} under Spatial layout constraints, for a person to read and move to its dimension.</source>
        <translation>{file} 工作表 {sheet} 第 {row} 行：管控要求单元格中的标题“{heading}”不属于四个管控维度，其下内容已作为条款 {rule} 暂列于“空间布局约束”下，需人工阅读并移至所属维度。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="313" />
        <source>row {row} ({dimension})</source>
        <translation>第 {row} 行（{dimension}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="314" />
        <source>row {row} of table {table} ({dimension})</source>
        <translation>表 {table} 第 {row} 行（{dimension}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="315" />
        <source>row {row} of sheet {sheet} ({dimension})</source>
        <translation>工作表 {sheet} 第 {row} 行（{dimension}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="316" />
        <source>1 requirement cell held only a mark such as /, — or 无 (no requirement at this level); no rule was made for it: {cells}.</source>
        <translation>有 1 个管控要求单元格仅填写“/”“—”或“无”等符号（表示本层级无管控要求），未为其生成条款：{cells}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="318" />
        <source>{count} requirement cells held only a mark such as /, — or 无 (no requirement at this level); no rule was made for them: {cells}.</source>
        <translation>有 {count} 个管控要求单元格仅填写“/”“—”或“无”等符号（表示本层级无管控要求），未为其生成条款：{cells}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="320" />
        <source>{count} requirement cells held only a mark such as /, — or 无 (no requirement at this level); no rule was made for them.</source>
        <translation>有 {count} 个管控要求单元格仅填写“/”“—”或“无”等符号（表示本层级无管控要求），未为其生成条款。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_access_list.py" line="81" />
        <source>A list with one requirement column (管控要求) whose cells hold the dimensions under their headings (空间布局约束：…, 【污染物排放管控】…, 一、环境风险防控) is split at the headings; text before the first heading or under a heading that names no dimension becomes a rule of its own under 空间布局约束, named in a warning for a person to place. A unit code written with the unit's name (ZH13062930001（…）) gives the code, named in a warning. Cells holding only /, —, - or 无 mean no requirement at that level: they make no rule and are counted in the log.</source>
        <translation>管控要求仅有一列、单元格内按维度标题（空间布局约束：…、【污染物排放管控】…、一、环境风险防控）分述各维度的清单，按标题拆分；第一个标题之前的内容，以及标题不属于任何管控维度的内容，各作为一条条款暂列于“空间布局约束”下，并以警告提示由人工归入所属维度。单元编码旁写有单元名称的（ZH13062930001（…）），取其中的编码，并以警告提示。仅填写“/”“—”“-”或“无”的单元格表示本层级无管控要求，不生成条款，并在日志中计数。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_file.py" line="290" />
        <source>The rule set {path} is empty.</source>
        <translation>规则集 {path} 为空。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_form.py" line="95" />
        <source>This rule: {problem}</source>
        <translation>本条款：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_form.py" line="95" />
        <source>This rule, warning: {problem}</source>
        <translation>本条款（警告）：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_form.py" line="97" />
        <source>Rule {id}: {problem}</source>
        <translation>条款 {id}：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/rule_form.py" line="97" />
        <source>Rule {id}, warning: {problem}</source>
        <translation>条款 {id}（警告）：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="123" />
        <source>New rule set…</source>
        <translation>新建规则集…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/binding_panel.py" line="125" />
        <source>Start a rule set from nothing; once saved, it is bound to this unit layer</source>
        <translation>从空白新建规则集；保存后即绑定到当前管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="94" />
        <source>New Rule Set…</source>
        <translation>新建规则集…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="166" />
        <source>New Rule Set</source>
        <translation>新建规则集</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="43" />
        <source>{path} is empty. Give the rule set's details to start it in this file.</source>
        <translation>{path} 为空文件。请填写规则集基本信息，在该文件中新建规则集。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="50" />
        <source>The new rule set's file (.yaml)</source>
        <translation>新规则集文件（.yaml）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="54" />
        <source>Letters, digits, . _ -, e.g. hebei-2024</source>
        <translation>字母、数字及 . _ -，例如 hebei-2024</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="63" />
        <source>Rule set id</source>
        <translation>规则集编号</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="63" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="63" />
        <source>Region</source>
        <translation>适用地区</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="63" />
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="90" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="125" />
        <source>Give the file of the new rule set.</source>
        <translation>请指定新规则集的文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="127" />
        <source>The folder {folder} does not exist: choose a file in an existing folder.</source>
        <translation>文件夹 {folder} 不存在，请在已有文件夹中选择文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="130" />
        <source>Give the rule set id, the title, the issuing authority, the region and the version.</source>
        <translation>请填写规则集编号、标题、发布机关、适用地区和版本。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="132" />
        <source>The rule set id may hold letters, digits and . _ - only, beginning with a letter or a digit.</source>
        <translation>规则集编号只能包含字母、数字及 . _ -，且须以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="151" />
        <source>The rule set could not be written.</source>
        <translation>规则集无法写入。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="152" />
        <source>{path} could not be written ({problem}).</source>
        <translation>无法写入 {path}（{problem}）。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="164" />
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} 是文件夹，请输入文件名。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/new_rule_set.py" line="166" />
        <source>{path} already exists. Replace it with the new rule set? Its present content is kept as a timestamped backup beside it.</source>
        <translation>{path} 已存在。是否以新规则集替换？其现有内容将另存为带时间戳的备份文件，与其位于同一文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="96" />
        <source>Start a rule set from nothing and edit its rules</source>
        <translation>从空白新建规则集并编辑其条款</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="154" />
        <source>not understood: needs information</source>
        <translation>无法识别：需补充信息</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_findings.py" line="55" />
        <source>The unit layer gives this unit no requirement text in any dimension, and no clause of the access list names it. A published access list gives every unit its own requirements: check this unit's against the published list.</source>
        <translation>单元图层未给出本单元任何管控维度的准入要求文本，准入清单中也没有针对本单元的条款。正式发布的准入清单对每个单元均规定了管控要求，请对照发布的清单核实本单元的要求。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_judgements.py" line="61" />
        <source>time not given</source>
        <translation>时间未提供</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="145" />
        <source>the reviewer's override {judgement} ({time}) was made on another finding of the rules than the present one and is not applied: judge the clause again</source>
        <translation>审查人员的改判{judgement}（{time}）针对的是规则此前得出的另一审查结论，与当前结论不同，该改判不予适用：请重新判定该条款</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/judged.py" line="147" />
        <source>this override was saved without the rules' finding it overrode, so it is not confirmed against the present finding: judge the clause again to confirm it</source>
        <translation>该改判保存时未记录其所改判的规则审查结论，无法确认与当前结论一致：请重新判定该条款予以确认</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="74" />
        <source>an override of another finding of the rules than the present one: judge the clause again</source>
        <translation>所改判的是规则此前得出的另一审查结论，与当前结论不同：请重新判定该条款</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="186" />
        <source>The register was not re-reviewed: the algorithm {id} is not available in Processing. Enable the Processing plugin under Plugins ▸ Manage and Install Plugins…, then restart QGIS.</source>
        <translation>台账未复核：处理工具箱中没有算法 {id}。请在“插件 ▸ 管理并安装插件…”中启用 Processing 插件，然后重新启动 QGIS。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="192" />
        <source>The register was not re-reviewed: no register file was chosen. Choose the review register when asked, or set it under Settings ▸ Options ▸ Zoning Review.</source>
        <translation>台账未复核：未选择台账文件。请在提示时选择审查台账，或在“设置 ▸ 选项 ▸ 分区管控审查”中设置。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_register.py" line="146" />
        <source>These overrides were recorded in the register before the plugin kept the rules' finding each overrode; they are applied while the later rules find the same status, but are not confirmed against the present finding. Judge these clauses again to confirm them: {clauses}</source>
        <translation>下列改判记入台账时，插件尚未记录其所改判的规则审查结论；新规则得出相同结论类别时仍予适用，但未能与当前结论核对确认。请重新判定这些条款予以确认：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="143" />
        <source>1 override was made on another finding of the rules than the present one (the site or the project's values differ) and was not applied; judge that clause again: {clauses}</source>
        <translation>1项改判针对的是规则此前得出的另一审查结论（选址或项目信息已变化），不予适用；请重新判定该条款：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="143" />
        <source>{n} overrides were made on another finding of the rules than the present one (the site or the project's values differ) and were not applied; judge those clauses again: {clauses}</source>
        <translation>{n}项改判针对的是规则此前得出的其他审查结论（选址或项目信息已变化），不予适用；请重新判定这些条款：{clauses}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="154" />
        <source>Row {row} is hidden in the workbook; it was imported as any other row: check its rules against the published list.</source>
        <translation>第 {row} 行在工作簿中被隐藏；已与其他行一样导入：请对照正式发布的清单核对其生成的规则。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="156" />
        <source>Row {row} of sheet {sheet} is hidden in the workbook; it was imported as any other row: check its rules against the published list.</source>
        <translation>工作表 {sheet} 第 {row} 行在工作簿中被隐藏；已与其他行一样导入：请对照正式发布的清单核对其生成的规则。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="158" />
        <source>Column {column} is hidden in the workbook; it was read as any other column: check the rules it gave against the published list.</source>
        <translation>第 {column} 列在工作簿中被隐藏；已与其他列一样读取：请对照正式发布的清单核对其生成的规则。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="160" />
        <source>Column {column} of sheet {sheet} is hidden in the workbook; it was read as any other column: check the rules it gave against the published list.</source>
        <translation>工作表 {sheet} 第 {column} 列在工作簿中被隐藏；已与其他列一样读取：请对照正式发布的清单核对其生成的规则。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_dialog.py" line="53" />
        <source>A verdict typed in full (Compliant, Non-compliant, Needs further study) shows the entries of that verdict only; other words, separated by spaces, are looked for in the number, time, project, reviewer, rule set and opinion.</source>
        <translation>输入完整的结论（符合、不符合、需进一步论证）时，只显示该结论的条目；其他词语（以空格分隔）在编号、时间、项目、审查人、规则集和审查意见中查找。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="79" />
        <source>Further control unit layers</source>
        <translation>更多管控单元图层</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="106" />
        <source>Constraint names (rule_name=layer_name; …)</source>
        <translation>约束图层名称对应（rule_name=layer_name; …）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="187" />
        <source>With 'Candidate sites', give the earlier rule set to compare with.</source>
        <translation>使用“拟选址地块”时，须给出用于比较的“较早的规则集”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="226" />
        <source>Give either 'Candidate sites' or 'Review register' (one of them).</source>
        <translation>请给出“拟选址地块”或“审查台账”（二者之一）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="11" />
        <source>With a review register in place of 'Candidate sites', every review in the register is reviewed again with the later rule set and its recorded description, and compared with the review as recorded (the earlier rule set is not needed): the rows name each entry by its project and its register number. A recorded judgement is given again while its clause is still left to a person (an override: while the rules still find what the reviewer overrode); a clause the later rule set decides is decided by it, and the log names it. A judgement the entry records as not applied is given again too, and applied only if it is valid now; the log names those that are not (one without the digest of its clause's text is confirmed by judging the clause again in its entry, opened as a new review from the Zoning Review panel's register).</source>
        <translation>以审查台账代替“拟选址地块”时，台账中的每条审查按新规则集及其记录的项目信息重新审查，并与记录的审查比较（无需原规则集）：各行以项目名称和台账编号标明条目。记录的判定在其条款仍需人工判断时再次适用（改判：在规则的结论仍为审查人所改判的结论时）；新规则集已能判定的条款由规则判定，并在日志中列明。记录中标为未予应用的判定同样再次给出，仅在现在有效时才予应用，未予应用的在日志中列明（没有所判条款文字摘要的判定，须在分区管控审查面板中从台账将其记录作为新审查打开，重新判定该条款予以确认）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="38" />
        <source>A review register written by 'Save to register' in the Zoning Review panel. Each entry is re-reviewed as recorded, in place of 'Candidate sites'; leave empty when re-reviewing sites.</source>
        <translation>由分区管控审查面板“保存到台账”写入的审查台账，代替“拟选址地块”：每条记录按原记录复核；复核拟选址地块时留空。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="45" />
        <source>The rule set the sites were reviewed with before. Needed with 'Candidate sites'; a register entry keeps its own recorded review.</source>
        <translation>选址此前审查所用的规则集。使用“拟选址地块”时需要；台账条目保留其自身的审查记录。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview_help.py" line="51" />
        <source>The field of 'Candidate sites' naming each site in the output; the feature id when empty.</source>
        <translation>“拟选址地块”中在输出里标识各选址的字段；留空时使用要素 ID。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="60" />
        <source>The sites to review: polygons in any CRS, one project per feature, with its attributes.</source>
        <translation>待审查的拟选址地块：任意坐标系的面，每个要素为一个项目，带其属性。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="85" />
        <source>Scopes of the rule sets (one line per file)</source>
        <translation>规则集适用范围（每个文件一行）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="106" />
        <source>The requirement texts in the unit layer's own fields (KJBJYS, PWWPFGK, HJFXFK, ZYKFXLYQ): units with such texts then need a check by hand, so they are at best 'needs further study' until judged.</source>
        <translation>管控单元图层自带字段（KJBJYS、PWWPFGK、HJFXFK、ZYKFXLYQ）中的管控要求文本：勾选后，含此类文本的单元需人工核查，因此在判定前至多为“需进一步论证”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="141" />
        <source>Rule sets (YAML)</source>
        <translation>规则集（YAML）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="153" />
        <source>Check the unit layer's own requirement texts</source>
        <translation>核查管控单元图层自带的管控要求文本</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="110" />
        <source>Site id field (detected when empty, e.g. site_id)</source>
        <translation>选址编号字段（留空则自动识别，如 site_id）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="119" />
        <source>Attribute fields (attribute=field; …)</source>
        <translation>属性字段对应（attribute=field; …）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="121" />
        <source>Reviewer's judgements (a table)</source>
        <translation>审查人判定（表格）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_sites.py" line="138" />
        <source>Keep every finding as JSON (findings_json)</source>
        <translation>以 JSON 保留全部审查结果（findings_json）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="93" />
        <source>{attribute} is {value} {unit}; rule: {requirement}</source>
        <translation>{attribute} 为 {value} {unit}；条款要求：{requirement}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="94" />
        <source>{attribute} is {value}; rule: {requirement}</source>
        <translation>{attribute} 为 {value}；条款要求：{requirement}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="95" />
        <source>unit attribute {field} is {value}; rule: {requirement}</source>
        <translation>单元属性 {field} 为 {value}；条款要求：{requirement}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="96" />
        <source>less than {limit}</source>
        <translation>低于 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="96" />
        <source>at most {limit}</source>
        <translation>不高于 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="96" />
        <source>more than {limit}</source>
        <translation>高于 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="96" />
        <source>at least {limit}</source>
        <translation>不低于 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="97" />
        <source>equal to {limit}</source>
        <translation>等于 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="97" />
        <source>other than {limit}</source>
        <translation>不等于 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="98" />
        <source>less than {limit} {unit}</source>
        <translation>低于 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="98" />
        <source>at most {limit} {unit}</source>
        <translation>不高于 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="98" />
        <source>more than {limit} {unit}</source>
        <translation>高于 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="99" />
        <source>at least {limit} {unit}</source>
        <translation>不低于 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="99" />
        <source>equal to {limit} {unit}</source>
        <translation>等于 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="99" />
        <source>other than {limit} {unit}</source>
        <translation>不等于 {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="100" />
        <source>{limit}</source>
        <translation>为 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="100" />
        <source>not {limit}</source>
        <translation>不为 {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="100" />
        <source>one of {limit}</source>
        <translation>为 {limit} 之一</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="101" />
        <source>less than</source>
        <translation>低于</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="101" />
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="101" />
        <source>more than</source>
        <translation>高于</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="101" />
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="101" />
        <source>equal to</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="101" />
        <source>other than</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/comparison_words.py" line="102" />
        <source>one of</source>
        <translation>为下列之一</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/values.py" line="46" />
        <source>“{text}” is not a number; less than, at most, more than and at least compare numbers.</source>
        <translation>“{text}”不是数值；低于、不高于、高于、不低于只能比较数值。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="44" />
        <source>{attribute}: {requirement}</source>
        <translation>{attribute}：{requirement}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="47" />
        <source>Unit field {field}: {requirement}</source>
        <translation>单元字段 {field}：{requirement}</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="68" />
        <source>{words}: allowed only if {attribute} is {requirement}, so effect restrict with only_if.</source>
        <translation>{words}：仅当“{attribute}”{requirement}时允许，故管控方式为 restrict（限制）并设 only_if。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="70" />
        <source>{words}: {attribute} {requirement}.</source>
        <translation>{words}：“{attribute}”{requirement}。</translation>
    </message>
    <message>
        <location filename="../plugin/suggest/explain.py" line="77" />
        <source>{words}: a project that has it, {attribute} more than 0.</source>
        <translation>{words}：项目具有该项，即“{attribute}”高于 0。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_filter.py" line="43" />
        <source>The filter {where} of layer {layer} reads field {field} of feature {fid}, whose text {value} was not decoded as the layer's file was written: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>图层 {layer} 的过滤条件 {where} 读取的要素 {fid} 的字段 {field} 中，文本 {value} 未按该图层数据文件的实际编码解码：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="277" />
        <source>The unit layer's text must be read in the encoding its file was written in.</source>
        <translation>管控单元图层的文本须按其数据文件的实际编码读取。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="306" />
        <source>unit attribute {field} value {value} was not decoded as the unit layer's file was written: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>管控单元属性 {field} 的值“{value}”未按管控单元图层数据文件的实际编码解码：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="308" />
        <source>unit category {value} was not decoded as the unit layer's file was written, so the rules of its category cannot be chosen: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>管控类别“{value}”未按管控单元图层数据文件的实际编码解码，无法确定适用的管控类别条款：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="311" />
        <source>the unit's text {value} was not decoded as the unit layer's file was written, so what the layer says of the unit cannot be relied on: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>管控单元的文本“{value}”未按管控单元图层数据文件的实际编码解码，图层中该单元的信息不可采信：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="314" />
        <source>{attribute} value {value} was not decoded as the site layer's file was written: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>{attribute} 的值“{value}”未按拟选址地块图层数据文件的实际编码解码：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="316" />
        <source>catalogue class {value} was not decoded as the site layer's file was written: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>目录类别“{value}”未按拟选址地块图层数据文件的实际编码解码：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/readings.py" line="318" />
        <source>construction nature {value} was not decoded as the site layer's file was written: set the layer's data source encoding (Layer Properties ▸ Source), such as GBK, and review again</source>
        <translation>建设性质“{value}”未按拟选址地块图层数据文件的实际编码解码：请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK）后重新审查</translation>
    </message>
    <message>
        <location filename="../plugin/processing/source_selection.py" line="108" />
        <source>Candidate sites {layer}: "Selected features only" is set, but no site is selected. Select the sites to review, or clear the option to review every site.</source>
        <translation>拟选址地块{layer}：已勾选“仅选中要素”，但未选中任何地块。请选中要审查的地块，或取消该选项以审查全部地块。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/cut_text.py" line="30" />
        <source>this text fills its Shapefile field (at most 254 bytes): it may have been cut off when the unit layer was saved as a Shapefile; check it against the published list</source>
        <translation>该文本已占满其 Shapefile 字段（最多 254 字节）：管控单元图层保存为 Shapefile 时可能已被截断，请对照正式发布的生态环境准入清单核对</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_project.py" line="94" />
        <source>{origin}: field {field} may be {name} cut to 10 characters by the Shapefile format, so it is not read as {name}: give the value in the project form, or save the sites as a GeoPackage, which keeps whole field names.</source>
        <translation>{origin}：字段 {field} 可能是被 Shapefile 格式截断为 10 个字符的 {name}，因此不将其作为 {name} 读取：请在项目表单中填写该值，或将选址图层另存为可保留完整字段名的 GeoPackage 格式。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="101" />
        <source>The sites' field {fields} may be {name} cut to 10 characters by the Shapefile format: it is not read as {name}, since a wrong guess could pass a site. If it holds {name}, choose it in “{parameter}”.</source>
        <translation>选址图层的字段 {fields} 可能是被 Shapefile 格式截断为 10 个字符的 {name}：为避免误判导致选址被判为符合，不将其作为 {name} 读取。如该字段存放的确为 {name}，请在“{parameter}”中选择该字段。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/notes_sites.py" line="99" />
        <source>The folder {folder} holds review notes written for another sites layer, {layer} ({page}): the notes of this run would replace them or leave them out of the folder's index. Choose another folder for these notes, or move those notes elsewhere, then run again.</source>
        <translation>文件夹 {folder} 中已有为另一拟选址地块图层 {layer} 编写的审查意见（{page}）：本次审查意见写入该文件夹将覆盖这些审查意见，或使其不再列入该文件夹的索引。请为本次审查意见另选文件夹，或将已有审查意见移至他处，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="134" />
        <source>The review of {layer} with the rule set {path} stopped: {reason}</source>
        <translation>用规则集 {path} 审查 {layer} 时中止：{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/site_lines.py" line="39" />
        <source>1 line, closed</source>
        <translation>1 条线，已闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/site_lines.py" line="39" />
        <source>1 line, not closed</source>
        <translation>1 条线，未闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/site_lines.py" line="41" />
        <source>{count} lines, none of them closed</source>
        <translation>{count} 条线，均未闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/site_lines.py" line="42" />
        <source>{count} lines, {closed} of them closed</source>
        <translation>{count} 条线，其中 {closed} 条闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/datum_shift.py" line="49" />
        <source>{layer} is in {crs}, the site in {site_crs}: QGIS joins these datums only by a ballpark offset of unknown accuracy ({operation}), so positions may be off by tens of metres, and within {margin} m of the layer's features the site's position is taken as unknown. Reproject the data to CGCS2000 with the official transformation parameters or grid, or set a datum transformation for these two CRSs in Project Properties › Transformations.</source>
        <translation>{layer} 采用 {crs}，选址采用 {site_crs}：QGIS 只能以精度未知的近似偏移（{operation}）衔接这两个大地基准，位置可能相差数十米，选址距该图层要素 {margin} 米以内的位置关系按不明处理。请使用官方转换参数或格网将数据转换至 CGCS2000，或在“项目属性 › 变换”中为这两个坐标参考系设置基准变换。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="64" />
        <source>The site lies within {margin} m of a control unit's boundary, and the unit layer is joined to the site only by a ballpark datum offset (see the data warnings): which units it lies in is uncertain.</source>
        <translation>选址距管控单元边界不足 {margin} 米，而单元图层与选址之间只能以近似基准偏移衔接（见数据质量警告）：选址所在的管控单元无法确定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="362" />
        <source>the layer bound to {layer} is joined to the site only by a ballpark datum offset and the site lies too near its features to be placed (see the data warnings), so the site's position to it is unknown</source>
        <translation>{layer} 所绑定的图层与选址之间只能以近似基准偏移衔接，且选址距其要素过近，无法确定位置（见数据质量警告），因此选址与其位置关系不明</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="368" />
        <source>the site is {distance} m from {layer}, within {margin} m of the rule limit of {limit} m, and the layer is joined to the site only by a ballpark datum offset (see the data warnings), so whether it lies within the limit is unknown</source>
        <translation>选址距{layer} {distance} 米，与条款限值 {limit} 米相差不足 {margin} 米，而该图层与选址之间只能以近似基准偏移衔接（见数据质量警告），因此无法确定是否在限值范围内</translation>
    </message>
    <message>
        <location filename="../plugin/gui/site_sources.py" line="127" />
        <source>{file} holds no polygons, only lines ({lines}): a site must be an area, and no line is taken for one, closed or not (a CAD drawing's closed polyline is read as a line). Turn the site's boundary into a polygon (Processing ▸ Vector geometry ▸ Lines to polygons) or draw it, then load that file, or select the polygon and press “Selected”.</source>
        <translation>{file} 中没有面要素，只有线要素（{lines}）：选址必须是面，无论线是否闭合，都不会作为选址（CAD 图中的闭合多段线读入后为线）。请将选址边界转换为面（处理工具箱 ▸ 矢量几何图形 ▸ 线转多边形）或直接绘制，然后加载该文件，或选中该面后点击“选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="271" />
        <source>Too near under a ballpark datum offset: position unknown</source>
        <translation>近似基准偏移下距离过近：位置不明</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="109" />
        <source>The candidate sites {layer} hold no polygons, only lines ({lines}): a site must be an area, and no line is taken for one, closed or not (a CAD drawing's closed polyline is read as a line). Turn the site boundaries into polygons (Processing ▸ Vector geometry ▸ Lines to polygons) or draw them, then give that polygon layer as the candidate sites.</source>
        <translation>候选选址图层{layer}中没有面要素，只有线要素（{lines}）：选址必须是面，无论线是否闭合，都不会作为选址（CAD 图中的闭合多段线读入后为线）。请将选址边界转换为面（处理工具箱 ▸ 矢量几何图形 ▸ 线转多边形）或直接绘制，然后将该面图层作为候选选址。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="61" />
        <source>The environmental control units (环境管控单元); the unit layer bound in the panel by default. With "Selected features only", the sites are reviewed against the selected units only. A feature limit or filter (Advanced options) is refused: a site in a unit it leaves out would read as outside every unit.</source>
        <translation>环境管控单元；默认为面板中绑定的单元图层。勾选“仅选中要素”时，仅对照选中的单元审查选址。设置要素数量上限或要素过滤条件（高级选项）时不予运行：位于被略去单元内的选址会被视为不在任何管控单元内。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/siting_screen.py" line="137" />
        <source>The environmental control units to screen (with "Selected features only", those selected; a feature limit or filter is refused).</source>
        <translation>待研判的生态环境管控单元（勾选“仅选中的要素”时，仅研判所选单元；设置要素数量上限或要素过滤条件时不予运行）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/source_selection.py" line="59" />
        <source>Layer {layer}: its selected features could not be read.</source>
        <translation>图层 {layer}：无法读取其选中要素。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/source_selection.py" line="78" />
        <source>Control unit layer {layer}: a feature limit of {limit} is set (Advanced options), so the units past it would be left out and a site in one of them would read as outside every unit. Clear the feature limit; to use some units only, select them and set "Selected features only".</source>
        <translation>管控单元图层 {layer}：已设置要素数量上限 {limit}（高级选项），超出上限的单元将被略去，位于其中的选址会被视为不在任何管控单元内。请取消要素数量上限；如只需使用部分单元，请选中这些单元并勾选“仅选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/source_selection.py" line="78" />
        <source>Control unit layer {layer}: a feature filter is set (Advanced options: {filter}), so the units it leaves out would be missing and a site in one of them would read as outside every unit. Clear the filter; to use some units only, select them (Select by Expression) and set "Selected features only".</source>
        <translation>管控单元图层 {layer}：已设置要素过滤条件（高级选项：{filter}），被过滤掉的单元将缺失，位于其中的选址会被视为不在任何管控单元内。请清除该过滤条件；如只需使用部分单元，请选中这些单元（按表达式选择要素）并勾选“仅选中要素”。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="47" />
        <source>Sites layer</source>
        <translation>拟选址地块图层</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="48" />
        <source>Sites layer source</source>
        <translation>拟选址地块图层数据源</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="45" />
        <source>Site feature</source>
        <translation>地块要素</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="55" />
        <source>a temporary layer held in memory (saved to no file)</source>
        <translation>内存中的临时图层（未保存为文件）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="78" />
        <source>feature id {fid}</source>
        <translation>要素 ID {fid}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="66" />
        <source>feature id {fid}; {field}: not given</source>
        <translation>要素 ID {fid}；{field}：未提供</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="69" />
        <source>feature id {fid}; {field}: {value}</source>
        <translation>要素 ID {fid}；{field}：{value}</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="110" />
        <source>Sites layer {layer}{source}; {feature}</source>
        <translation>拟选址地块图层 {layer}{source}；{feature}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="89" />
        <source>the rule set's formula “{expression}” holds</source>
        <translation>规则集公式“{expression}”成立</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="90" />
        <source>the rule set's formula “{expression}” does not hold</source>
        <translation>规则集公式“{expression}”不成立</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="91" />
        <source>condition met: {condition}</source>
        <translation>满足条件：{condition}</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/condition_words.py" line="91" />
        <source>condition not met: {condition}</source>
        <translation>不满足条件：{condition}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="46" />
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="16" />
        <source>A QGIS expression over the declared attributes, e.g. "water_m3d" &gt; 5000</source>
        <translation>基于已声明属性的 QGIS 表达式，例如 "water_m3d" &gt; 5000</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="18" />
        <source>Optional: the condition in words, which reasons show instead of the formula</source>
        <translation>可选：以文字表述该条件，判定理由中以此代替公式显示</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="20" />
        <source>Optional: the same words in English</source>
        <translation>可选：上述表述的英文</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="21" />
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="22" />
        <source>Label (Chinese)</source>
        <translation>标签（中文）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="23" />
        <source>Label (English)</source>
        <translation>标签（英文）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="36" />
        <source>Write the expression's formula.</source>
        <translation>请填写表达式的公式。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/expression_page.py" line="39" />
        <source>Give the label in Chinese too: the English label is optional, the Chinese one is not.</source>
        <translation>请同时填写中文标签：英文标签可不填，中文标签必须填写。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words.py" line="65" />
        <source>Expression: {label} (formula: {expression})</source>
        <translation>表达式：{label}（公式：{expression}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="101" />
        <source>the review kept from the screen:</source>
        <translation>保存工程时界面上保留的审查：</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="111" />
        <source>The project's saved reviews were written by a newer version of Zoning Review (they hold {keys}, which this version does not know): they are left as they are, and no review can be saved in this project. Update the plugin to read them.</source>
        <translation>项目中保存的审查由更新版本的 Zoning Review 写入（其中含有本版本无法识别的 {keys}）：已原样保留，本项目中不能保存审查。请更新插件后读取。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="122" />
        <source>saved review “{name}”:</source>
        <translation>已保存的审查“{name}”：</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="123" />
        <source>saved review {number}:</source>
        <translation>第 {number} 条已保存的审查：</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/saved.py" line="132" />
        <source>several saved reviews are named “{name}”</source>
        <translation>有多条已保存的审查名为“{name}”</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="124" />
        <source>{where} must be {expected}, not {found}</source>
        <translation>{where} 必须为{expected}，而不是{found}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_subset.py" line="25" />
        <source>Constraint layer {layer} has a filter set in the project ({filter}; Layer Properties ▸ Source ▸ Query Builder), which may hide zones a site lies in, so where a site lies to the layer is unknown and the rules that need it report 'needs information'. Clear the layer's filter to review against all its zones; to use some of its zones only, write the condition in the rule set's spatial conditions (where:).</source>
        <translation>约束图层{layer}在项目中设有过滤条件（{filter}；图层属性 ▸ 源 ▸ 查询构建器），可能隐藏选址所在的区域，因此无法确定选址与该图层的位置关系，需要该图层的条款将报告“需补充信息”。请清除该图层的过滤条件，以对照其全部区域审查；如只需使用其中部分区域，请在规则集的空间条件中写明该条件（where:）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_subset.py" line="53" />
        <source>Control unit layer {layer} has a filter set in the project ({filter}; Layer Properties ▸ Source ▸ Query Builder): only the units it shows are reviewed. A site in a unit it hides reads as outside every unit, and a site partly in one needs further study; clear the filter to review against every unit.</source>
        <translation>管控单元图层{layer}在项目中设有过滤条件（{filter}；图层属性 ▸ 源 ▸ 查询构建器）：仅审查该条件下显示的单元。位于被隐藏单元内的选址将被视为不在任何管控单元内，部分位于其中的选址需进一步论证；如需对照全部单元审查，请清除该过滤条件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="364" />
        <source>the layer bound to {layer} has a filter set in the project that may hide zones the site lies in (see the data warnings), so the site's position to it is unknown</source>
        <translation>{layer} 所绑定的图层在项目中设有过滤条件，可能隐藏选址所在的区域（见数据警告），无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="273" />
        <source>Layer filtered in the project: position unknown</source>
        <translation>图层在项目中设有过滤条件：位置关系未知</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="86" />
        <source>The reviewer's judgements: the clauses output filled in, or any table with the columns site_id, unit_code, rule_id, judgement, remark, reviewer, and optionally time (when the clause was judged, such as 2026-03-01T10:20+08:00; without it the notes say the time is not given). A 符合 or 不涉及 judgement is applied only with the clause_sha256 of the clause text judged (the clauses output has it); without it only a judgement that makes the clause stricter (不符合, 需补充材料) is applied. The table is read whole: "Selected features only", a feature limit or filter (Advanced options) and a filter on its layer are refused, as a 不符合 left out would no longer decide its site.</source>
        <translation>审查人判定：填写后的条款输出，或任何含 site_id、unit_code、rule_id、judgement、remark、reviewer 列的表，可另设 time 列记录判定时间（如 2026-03-01T10:20+08:00；无此列时，审查记录注明判定时间未提供）。符合、不涉及判定须带有所判条款文字的 clause_sha256（条款输出中有此列）才予应用；没有时仅应用使条款从严的判定（不符合、需补充材料）。判定表须完整读取：勾选“仅选中要素”、设置要素数量上限或过滤条件（高级选项）以及图层设有过滤条件时，均拒绝运行，因为被略去的“不符合”判定将不再决定相应选址的结论。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="70" />
        <source>Reviewer's judgements {layer}: a feature limit of {limit} is set (Advanced options), so the judgements past it would be left out, and a non-compliant judgement among them would no longer decide its site. Clear the feature limit; to apply some judgements only, save them as a table of their own and give that table.</source>
        <translation>审查人判定表{layer}：已设置要素数量上限 {limit}（高级选项），超出上限的判定将被略去，其中的“不符合”判定将不再决定相应选址的结论。请取消要素数量上限；如只需采用部分判定，请将其另存为单独的表，再输入该表。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="70" />
        <source>Reviewer's judgements {layer}: a feature filter is set (Advanced options: {filter}), so the judgements it leaves out would be missing, and a non-compliant judgement among them would no longer decide its site. Clear the filter; to apply some judgements only, save them as a table of their own and give that table.</source>
        <translation>审查人判定表{layer}：已设置要素过滤条件（高级选项：{filter}），被过滤掉的判定将缺失，其中的“不符合”判定将不再决定相应选址的结论。请清除该过滤条件；如只需采用部分判定，请将其另存为单独的表，再输入该表。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="78" />
        <source>Reviewer's judgements {layer}: "Selected features only" is set, so the judgements not selected would be left out, and a non-compliant judgement among them would no longer decide its site. Clear the option to apply every judgement of the table; to apply some only, save the selected rows as a table of their own (Export ▸ Save Selected Features As…) and give that table.</source>
        <translation>审查人判定表{layer}：已勾选“仅选中要素”，未选中的判定将被略去，其中的“不符合”判定将不再决定相应选址的结论。请取消该选项以采用表中全部判定；如只需采用部分判定，请将选中的行另存为单独的表（导出 ▸ 选中要素另存为…），再输入该表。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_judgements.py" line="85" />
        <source>Reviewer's judgements {layer}: the layer has a filter (Layer Properties ▸ Source ▸ Query Builder: {filter}), so the judgements it hides would be left out, and a non-compliant judgement among them would no longer decide its site. Clear the layer's filter; to apply some judgements only, save them as a table of their own and give that table.</source>
        <translation>审查人判定表{layer}：该图层设有过滤条件（图层属性 ▸ 源 ▸ 查询构建器：{filter}），被隐藏的判定将被略去，其中的“不符合”判定将不再决定相应选址的结论。请清除图层的过滤条件；如只需采用部分判定，请将其另存为单独的表，再输入该表。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="137" />
        <source>The binding of layer {layer} was written by a newer version of Zoning Review (it holds {keys}, which this version does not know): the layer is not reviewed and its binding is left as it is. Update the plugin to use it.</source>
        <translation>图层 {layer} 的绑定由更新版本的分区管控审查插件写入（其中含有本版本无法识别的 {keys}）：该图层不参与审查，其绑定原样保留。请升级插件后使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="291" />
        <source>The project's bindings were written by a newer version of Zoning Review (they hold {keys}, which this version does not know): they are left as they are, and no binding can be changed. Update the plugin to use them.</source>
        <translation>本项目的绑定由更新版本的分区管控审查插件写入（其中含有本版本无法识别的 {keys}）：已原样保留，且不能修改任何绑定。请升级插件后使用。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="73" />
        <source>{where} is not the site's polygons ({problem}): “{wkt}”</source>
        <translation>{where} 不是选址的多边形（{problem}）：“{wkt}”</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="82" />
        <source>text follows its end</source>
        <translation>其结尾之后还有其他文字</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="86" />
        <source>it is cut short: its parentheses do not close</source>
        <translation>内容不完整：括号未闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="89" />
        <source>QGIS cannot read it as a geometry</source>
        <translation>QGIS 无法将其读取为几何图形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="91" />
        <source>it is empty</source>
        <translation>为空几何图形</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/stored_values.py" line="93" />
        <source>it is a {kind}, not a polygon</source>
        <translation>为 {kind}，不是多边形</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_dialog.py" line="77" />
        <source>The notes language stored in the settings, “{value}”, is not a language of the notes: choose Chinese or English above (your choice is kept), or set it under Settings ▸ Options ▸ Zoning Review.</source>
        <translation>设置中存储的审查意见语言“{value}”不是审查意见可用的语言：请在上方选择中文或英文（所选语言将被保存），或在“设置 ▸ 选项 ▸ 分区管控审查”中设置。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="90" />
        <source>The layout template {path} cannot be read: choose another template under Settings ▸ Options ▸ Zoning Review (PDF notes template), or leave that field empty to use the template shipped with the plugin.</source>
        <translation>无法读取布局模板 {path}：请在“设置 ▸ 选项 ▸ 分区管控审查”中另选模板（PDF 审查意见布局模板），或将该项留空以使用插件自带的模板。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="99" />
        <source>The layout template {path} is not a valid template: choose another template under Settings ▸ Options ▸ Zoning Review (PDF notes template), or leave that field empty to use the template shipped with the plugin.</source>
        <translation>布局模板 {path} 不是有效的模板：请在“设置 ▸ 选项 ▸ 分区管控审查”中另选模板（PDF 审查意见布局模板），或将该项留空以使用插件自带的模板。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/layout_template.py" line="150" />
        <source>The layout template {path} has no item with the id 'body' that marks where the notes body goes: give that id to the item of the body's area in the Layout Designer, choose another template under Settings ▸ Options ▸ Zoning Review (PDF notes template), or leave that field empty to use the template shipped with the plugin.</source>
        <translation>布局模板 {path} 中没有 id 为 'body' 的项，无法确定审查意见正文的位置：请在布局设计器中为正文区域的项设置该 id，或在“设置 ▸ 选项 ▸ 分区管控审查”中另选模板（PDF 审查意见布局模板），或将该项留空以使用插件自带的模板。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/engine_release.py" line="24" />
        <source>Freeing the memory of earlier reviews</source>
        <translation>释放此前审查占用的内存</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_filters.py" line="17" />
        <source>Unit layer filter</source>
        <translation>管控单元图层过滤条件</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_filters.py" line="17" />
        <source>{filter} (set in the project: only the units it shows were reviewed)</source>
        <translation>{filter}（在项目中设置：仅审查该条件下显示的单元）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_filters.py" line="21" />
        <source>Filter of constraint layer {layer}</source>
        <translation>约束图层 {layer} 的过滤条件</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_filters.py" line="21" />
        <source>{filter} (set in the project: where the site lies to the layer is unknown)</source>
        <translation>{filter}（在项目中设置：选址与该图层的位置关系未知）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="44" />
        <source>Site taken from</source>
        <translation>选址地块来源</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="45" />
        <source>Site features</source>
        <translation>地块要素</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="80" />
        <source>feature ids {fids} (joined into one site)</source>
        <translation>要素 ID {fids}（合并为一个选址地块）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="88" />
        <source>drawn on the map in the Zoning Review panel</source>
        <translation>在分区管控审查面板中于地图上绘制</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="90" />
        <source>coordinates pasted or imported in the Zoning Review panel</source>
        <translation>在分区管控审查面板中粘贴或导入的坐标</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="91" />
        <source>a saved review or register entry (the layer or features it was first taken from are not recorded)</source>
        <translation>已保存的审查或台账记录（未记录其最初取自的图层或要素）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="109" />
        <source>Site {given}</source>
        <translation>选址地块：{given}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/measure.py" line="264" />
        <source>QGIS cannot set up a transformation from {source} to {target}; if it could earlier in this session, restart QGIS.</source>
        <translation>QGIS 无法建立从 {source}到 {target}的坐标转换；如本次会话中此前可以，请重启 QGIS。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/crs_check.py" line="58" />
        <source>QGIS has lost the definition of the coordinate reference system {crs} in this session: restart QGIS, then review again.</source>
        <translation>QGIS 在本次会话中丢失了坐标参考系的定义：{crs}。请重启 QGIS，然后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/access_list_import.py" line="147" />
        <source>{file} is not a Word document (.docx) or is damaged: open it in Word, save it as a Word document (.docx) — a Word 97-2003 .doc file too — and import that.</source>
        <translation>{file} 不是 Word 文档（.docx）或文件已损坏：请在 Word 中打开，另存为 Word 文档（.docx）后再导入（Word 97-2003 的 .doc 文件同样须先另存为 .docx）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="62" />
        <source>a tab character; indent with spaces only</source>
        <translation>有制表符（Tab）；缩进只能用空格</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="63" />
        <source>the character {character} cannot begin a value; put a text that begins with it in quotes</source>
        <translation>字符 {character} 不能作为值的开头；以它开头的文本请加引号</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="64" />
        <source>an anchor (&amp;name) is given twice</source>
        <translation>同一锚点（&amp;名称）定义了两次</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="66" />
        <source>an alias (*name) refers to no anchor (&amp;name) above it</source>
        <translation>别名（*名称）在上文找不到对应的锚点（&amp;名称）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="67" />
        <source>a backslash (\) in double quotes starts no known escape; write a Windows path in single quotes or with forward slashes (/)</source>
        <translation>双引号中的反斜杠（\）不构成有效的转义；Windows 路径请改用单引号或正斜杠（/）</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="69" />
        <source>a quotation mark is not closed; the file ends inside the quotes</source>
        <translation>引号未闭合；文件在引号内结束</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="70" />
        <source>a list in square brackets [ ] is not closed, or lacks a comma between its items</source>
        <translation>方括号 [ ] 中的列表未闭合，或列表项之间缺少逗号</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="71" />
        <source>a mapping in curly brackets is not closed, or lacks a comma between its entries</source>
        <translation>花括号中的映射未闭合，或各项之间缺少逗号</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="72" />
        <source>a colon (:) where no key can begin; put a value that holds ': ' in quotes, and check that the line above is complete</source>
        <translation>此处的冒号（:）不能开始一个键；含有“: ”的值请加引号，并检查上一行是否完整</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="74" />
        <source>this line does not line up with the lines above; the keys of one mapping, and the items (-) of one list, begin in the same column</source>
        <translation>本行与上文未对齐；同一映射的各个键、同一列表的各项（-）须从同一列开始</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="76" />
        <source>a key lacks its colon (:), or a text over several lines does not line up</source>
        <translation>键后缺少冒号（:），或跨行文本未对齐</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="77" />
        <source>a value is missing here</source>
        <translation>此处缺少值</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="78" />
        <source>a key is a list or a mapping; a key is plain text</source>
        <translation>键是列表或映射；键只能是普通文本</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="79" />
        <source>a tag (!…) rule sets do not use; remove it, or put the value in quotes</source>
        <translation>使用了规则集不支持的标签（!…）；请删除，或给该值加引号</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_source.py" line="297" />
        <source>The file is not valid YAML here: {problem}.</source>
        <translation>文件此处不是有效的 YAML：{problem}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="37" />
        <source>Line {line}, column {column}: this is not valid YAML here: {problem}.</source>
        <translation>第 {line} 行第 {column} 列：此处不是有效的 YAML：{problem}。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/yaml_problems.py" line="65" />
        <source>a second document (---) begins here; a rule set is one document</source>
        <translation>此处开始了第二个文档（---）；规则集只能是一个文档</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="38" />
        <source>parts not polygonal left out: {types}</source>
        <translation>已略去非多边形部分：{types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="38" />
        <source>unclosed ring</source>
        <translation>环未闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="38" />
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="39" />
        <source>Self-intersection</source>
        <translation>自相交</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="39" />
        <source>Ring Self-intersection</source>
        <translation>环自相交</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="39" />
        <source>Hole lies outside shell</source>
        <translation>内环位于外环之外</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="39" />
        <source>Holes are nested</source>
        <translation>内环相互嵌套</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="40" />
        <source>Interior is disconnected</source>
        <translation>内部不连通</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="40" />
        <source>Nested shells</source>
        <translation>外环相互嵌套</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="40" />
        <source>Duplicate Rings</source>
        <translation>环重复</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="41" />
        <source>Too few points in geometry component</source>
        <translation>几何部件的点数过少</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="41" />
        <source>Too few distinct points in geometry component</source>
        <translation>几何部件的不同点数过少</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="42" />
        <source>Invalid Coordinate</source>
        <translation>坐标无效</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="42" />
        <source>Ring is not closed</source>
        <translation>环未闭合</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="42" />
        <source>Repeated Point</source>
        <translation>重复点</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/geometry_words.py" line="42" />
        <source>Topology Validation Error</source>
        <translation>拓扑检查错误</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="100" />
        <source>The site has next to no area: its vertices lie almost on one line. Its outline as drawn in {crs} encloses {drawn} m², yet measured along the ellipsoid it would be {measured} m²; nothing to review. Check the site's vertices.</source>
        <translation>选址几乎没有面积：其各顶点近乎位于一条直线上。坐标参考系：{crs}；按所绘边界计算，其围合面积为 {drawn} m²，而在椭球面上量算则为 {measured} m²；无可审查内容。请检查选址的各顶点坐标。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/notes_sites.py" line="94" />
        <source>The folder {folder} holds review notes written for another sites layer of the same name, {layer} ({page}), which is still open: the notes of this run would replace them. Give one of the two layers another name, or choose another folder for these notes, then run again.</source>
        <translation>文件夹 {folder} 中已有为另一同名且仍处于打开状态的拟选址地块图层 {layer} 编写的审查意见（{page}）：本次审查意见写入该文件夹将覆盖这些审查意见。请将两个图层之一改用其他名称，或为本次审查意见另选文件夹，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/bindings.py" line="306" />
        <source>not valid JSON at line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列处不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/pushdown.py" line="184" />
        <source>Database overlay failed</source>
        <translation>数据库中的叠加分析失败</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_inputs.py" line="112" />
        <source>Layers the rules name (red_line, river_bank, …); a layer missing makes its rules 'needs information'. Each layer is read whole, so that no zone is left out: a layer given from a script as a feature source's definition ("Selected features only", a feature limit or a filter) is refused before the run. To use some of a layer's features only, save them as a layer of their own (Export ▸ Save Selected Features As) and pass that layer.</source>
        <translation>规则所用的图层（red_line、river_bank 等）；缺少图层时相应规则为“需补充信息”。每个图层均整层读取，以免遗漏任何管控区域：通过脚本以要素源定义的形式（“仅选中要素”、要素数量上限或筛选条件）给出的图层，在运行前即被拒绝。如只需使用图层中的部分要素，请先将其另存为单独的图层（导出 ▸ 选中要素另存为），再传入该图层。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/datum_shift.py" line="44" />
        <source>{layer} is in {crs}, the unit layer in {unit_crs}: QGIS joins these datums only by a ballpark offset of unknown accuracy ({operation}), so the layer's zones may lie tens of metres off in the units, and a unit with a part within {margin} m of their edges (or of a rule's distance from them) needs further study. Reproject the data to CGCS2000 with the official transformation parameters or grid, or set a datum transformation for these two CRSs in Project Properties › Transformations.</source>
        <translation>{layer} 采用 {crs}，单元图层采用 {unit_crs}：QGIS 只能以精度未知的近似偏移（{operation}）衔接这两个大地基准，该图层的管控区域在单元中的位置可能相差数十米，单元中有部分位于其边界（或条款规定的距离界线）{margin} 米以内的，需进一步论证。请使用官方转换参数或格网将数据转换至 CGCS2000，或在“项目属性 › 变换”中为这两个坐标参考系设置基准变换。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="58" />
        <source>Constraint layer {layer} ({source}): feature {fids} has no usable geometry, so it was left out of the screen: draw its geometry in the layer, or delete the feature if it is no zone.</source>
        <translation>约束图层 {layer}（{source}）：要素 {fids} 没有可用的几何图形，已排除在筛查之外。请在该图层中补绘其几何图形；如该要素并非管控区域，请将其删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="60" />
        <source>Constraint layer {layer} ({source}): {count} features have no usable geometry ({fids}), so they were left out of the screen: draw their geometries in the layer, or delete those that are no zones.</source>
        <translation>约束图层 {layer}（{source}）：{count} 个要素没有可用的几何图形（{fids}），已排除在筛查之外。请在该图层中补绘其几何图形；其中并非管控区域的要素，请将其删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/layers.py" line="62" />
        <source>Constraint layer {layer} ({source}): the {distance} m band around {count} of its features cannot be drawn ({error}), so where a site lies to the layer is unknown: check the CRS set for the layer.</source>
        <translation>约束图层 {layer}（{source}）：无法生成其中 {count} 个要素周边 {distance} 米的范围（{error}），选址与该图层的位置关系不明。请检查该图层设置的坐标参考系。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="198" />
        <source>… and {count} more: every warning is in the 'Zoning Review' tab of the Log Messages panel</source>
        <translation>……另有 {count} 条：全部警告见“日志消息”面板的“Zoning Review”标签页</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="140" />
        <source>Layer {layer}: could not find the {what} fields; choose each of them in the algorithm's parameters.</source>
        <translation>图层 {layer}：找不到{what}字段；请在算法参数中逐一指定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/json_nesting.py" line="23" />
        <source>nested more than {limit} levels deep at line {line}, column {column}</source>
        <translation>第 {line} 行第 {column} 列处嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="27" />
        <source>Line {line}, column {column}: the condition is nested more than {limit} levels deep here, which no rule needs; write it flatter (one all: or any: list) or as several rules.</source>
        <translation>第 {line} 行第 {column} 列：条件在此处嵌套超过 {limit} 层，任何条款都无需如此深的嵌套；请把条件写得更扁平（用一个 all: 或 any: 列表），或拆成几条条款。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="104" />
        <source>The sites' fields {fields} may each be {name} cut to 10 characters by the Shapefile format: none of them is read as {name}, since a wrong guess could pass a site. If one of them holds {name}, choose that field in “{parameter}”.</source>
        <translation>选址图层的字段 {fields} 都可能是被 Shapefile 格式截断为 10 个字符的 {name}：为避免误判导致选址被判为符合，均不将其作为 {name} 读取。如其中某个字段存放的确为 {name}，请在“{parameter}”中选择该字段。</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs_names.py" line="110" />
        <source>Ballpark geographic offset from {source} to {target}</source>
        <translation>粗略地理坐标偏移：{source} → {target}</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs_names.py" line="119" />
        <source>Xian 1980</source>
        <translation>西安 1980</translation>
    </message>
    <message>
        <location filename="../plugin/core/coordinates/crs_names.py" line="119" />
        <source>Beijing 1954</source>
        <translation>北京 1954</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="170" />
        <source>{layer} ({table})</source>
        <translation>“{layer}”（{table}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/crs_check.py" line="64" />
        <source>QGIS has lost the definition of the coordinate reference system {crs} of layer {layer} in this session: restart QGIS, then review again.</source>
        <translation>QGIS 在本次会话中丢失了图层 {layer} 所用坐标参考系的定义：{crs}。请重启 QGIS，然后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/earlier_notes.py" line="30" />
        <source>The record of the review notes earlier runs wrote, in {path}, could not be read, so none of them was removed: notes of sites no longer reviewed may remain in {folder}. Check the folder, or choose an empty folder for the notes.</source>
        <translation>{path} 中对此前运行所生成审查意见的记录无法读取，因此未删除其中任何文件：{folder} 中可能仍留有已不再审查的选址的审查意见。请检查该文件夹，或为审查意见另选一个空文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/earlier_notes.py" line="59" />
        <source>{path} could not be removed: {error}. An earlier run wrote these review notes for a site that has no notes in this run; delete the file by hand (the next run on this sites layer tries again).</source>
        <translation>无法删除 {path}：{error}。该文件是此前运行为本次未生成审查意见的选址生成的审查意见；请手动删除该文件（对该拟选址地块图层的下次运行将再次尝试删除）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/earlier_notes.py" line="70" />
        <source>This run did not review every site of the layer to the end, so the review notes earlier runs wrote in {folder} for sites without notes in this run were left as they were: {files}. A complete run over the whole layer removes those of sites it no longer has.</source>
        <translation>本次运行未完整审查该图层的全部选址，因此此前运行在 {folder} 中为本次未生成审查意见的选址生成的审查意见均保持原样：{files}。对整个图层完整运行一次后，将删除图层中已不存在的选址的审查意见。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/earlier_notes.py" line="79" />
        <source>Removed from {folder} the review notes earlier runs wrote for sites that have no notes in this run (deleted or renamed since, or their notes not written): {files}</source>
        <translation>已从 {folder} 中删除此前运行为本次未生成审查意见的选址（此后已删除或更名的选址，或本次未能生成审查意见的选址）生成的审查意见：{files}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/earlier_notes.py" line="84" />
        <source>Kept in {folder}: {files}. Earlier runs wrote these review notes for sites that have no notes in this run, but they were changed since, so they were not removed. They do not show this review and are not in its index: move or delete them if they are no longer needed.</source>
        <translation>已在 {folder} 中保留：{files}。这些审查意见由此前运行为本次未生成审查意见的选址生成，但此后已被修改，因此未予删除。它们并非本次审查的结果，也未列入本次索引；如已不再需要，请移走或删除。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="96" />
        <source>Where the notes and their index.html go (needed when notes are written). A run on the same sites layer replaces its notes, and a complete run over the whole layer removes the notes it wrote earlier for sites the layer no longer has (one changed since is kept and named in the log; no other file is touched); a folder holding the notes of another sites layer is refused, so give each sites layer its own folder (in a batch, one per row).</source>
        <translation>审查意见及其 index.html 的存放位置（编写审查意见时必填）。对同一拟选址地块图层再次运行将替换其原有审查意见，对整个图层的完整运行还将删除此前为图层中已不存在的选址生成的审查意见（此后被修改过的予以保留并在日志中列明；其他文件一概不动）；已存放其他拟选址地块图层审查意见的文件夹将被拒绝，请为每个拟选址地块图层单独指定文件夹（批量处理时每行一个）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/siting/industry.py" line="18" />
        <source>{problem}. Give the project's code from GB/T 4754-2017, such as C2614 (the class, so that every clause naming an industry can be judged); without one the screen would only say that every unit needs further study.</source>
        <translation>{problem}。请填写项目在 GB/T 4754-2017《国民经济行业分类》中的代码，如 C2614（宜填至小类，以便每条涉及行业的条款都能判定）；否则筛查只能得出所有单元均“需进一步论证”。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="50" />
        <source>Line {line}, column {column}: this list or mapping holds an alias to itself (*name inside the &amp;name it refers to), so the condition would repeat without end; write its values out.</source>
        <translation>第 {line} 行第 {column} 列：此列表或映射含有指向自身的别名（*名称 位于其所指的 &amp;名称 之内），条件将无限重复；请逐项写出其中的值。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/yaml_condition.py" line="53" />
        <source>Line {line}, column {column}: through anchors (&amp;name) and aliases (*name), the condition expands to more than {limit} values here, which no rule needs; write its values out, with fewer nested aliases.</source>
        <translation>第 {line} 行第 {column} 列：条件经锚点（&amp;名称）和别名（*名称）展开后在此处超过 {limit} 个值，任何条款都无需如此；请逐项写出其中的值，减少别名嵌套。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/siting_panel.py" line="271" />
        <source>The units are not screened: {refusal}</source>
        <translation>未筛查管控单元：{refusal}</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/resolve.py" line="169" />
        <source>{layer}</source>
        <translation>“{layer}”</translation>
    </message>
    <message>
        <location filename="../plugin/gui/message_details.py" line="14" />
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="247" />
        <source>The register {path} was not re-reviewed: {reason}</source>
        <translation>台账 {path} 未复核：{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="250" />
        <source>The run's log:</source>
        <translation>运行日志：</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="251" />
        <source>Data-quality warnings ({count})</source>
        <translation>数据质量警告（{count}）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/results_view.py" line="253" />
        <source>What the review found wrong or uncertain in the data it used (also in the notes): the result holds only as far as these allow.</source>
        <translation>本次审查所用数据中发现的问题或不确定之处（审查意见中亦列出）：审查结论仅在这些警告所及范围内成立。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="184" />
        <source>Removed the files an earlier export of these notes wrote that this one does not write again: {files}</source>
        <translation>已删除此前导出本审查意见时生成、本次未再生成的文件：{files}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/notes_button.py" line="187" />
        <source>Kept: {files}. They are named like the files of an earlier export of these notes, but were changed since or not written by Zoning Review, so they were not removed; they do not show this review: move or delete them if they are no longer needed.</source>
        <translation>已保留：{files}。这些文件的命名与此前导出本审查意见时生成的文件一致，但此后已被修改或并非由分区管控审查插件生成，因此未删除；其内容不反映本次审查结果，如不再需要，请移走或删除。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="139" />
        <source>The review of {layer} with the rule sets bound to it stopped: {reason}</source>
        <translation>审查单元图层“{layer}”（使用该图层绑定的规则集）时中止：{reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/rereview.py" line="141" />
        <source>The review of {layer} with the rule sets bound to it failed.</source>
        <translation>审查单元图层“{layer}”（使用该图层绑定的规则集）失败。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/register_actions.py" line="172" />
        <source>The register was not re-reviewed while a bound unit layer cannot be used: {problem}</source>
        <translation>有已绑定的管控单元图层无法使用，台账未复核：{problem}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_help.py" line="11" />
        <source>Findings: one row per site and overlapped unit with the overlap geometry, areas in m² (ellipsoidal), the unit verdict, counts and every finding as JSON (left out when 'Keep every finding as JSON' is off). Summary: one row per site with the verdict (compliant / non_compliant / needs_study), the deciding reason and every deciding clause id (deciding). Clauses (optional): a table with one row per site, unit and applicable clause — site_id, unit_code, rule_id, level, dimension, effect, status, reason, basis — and empty judgement, remark and reviewer columns to fill in and give back as Judgements. Every output field has a Chinese alias in the layers loaded into QGIS, and in the file where its format keeps aliases (a GeoPackage from GDAL 3.7 on; not a CSV). Review notes: one HTML, PDF or Word note per site and an index.html.</source>
        <translation>审查结果：每个选址与每个叠加单元各占一行，包含叠加部分的几何图形、面积（m²，按椭球面计算）、单元结论、各类计数，以及以 JSON 格式给出的全部审查结果（关闭“在审查结果图层中以 JSON 保留全部审查结果”时不输出）。汇总：每个选址一行，包含结论（compliant 符合 / non_compliant 不符合 / needs_study 需进一步论证）、决定性理由及全部决定性条款编号（deciding）。逐条审查（可选）：每个选址、单元与适用条款各占一行的表格——site_id、unit_code、rule_id、level、dimension、effect、status、reason、basis，以及留空的 judgement、remark、reviewer 三列，供审查人填写后作为审查判断输入。载入 QGIS 的输出图层中每个字段均有中文别名；输出文件的格式支持别名时（GDAL 3.7 及以上版本生成的 GeoPackage，CSV 不支持），文件中也保留别名。审查意见：每个选址一份 HTML、PDF 或 Word 审查意见，另附 index.html 索引页。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/layer_list_values.py" line="29" />
        <source>the layer {layer} is given as a feature source's definition ("Selected features only", a feature limit or a filter), which this parameter does not take: each of its layers is read whole, so that no zone is left out. Pass the layer itself (the layer, its id or its source); to use some of its features only, save them as a layer of their own (Export ▸ Save Selected Features As) and pass that layer.</source>
        <translation>图层 {layer} 以要素源定义的形式给出（“仅选中要素”、要素数量上限或筛选条件），本参数不接受这种形式：其中每个图层均须整层读取，以免遗漏任何管控区域。请直接传入该图层本身（图层对象、图层 ID 或数据源）；如只需使用其中部分要素，请先将其另存为单独的图层（导出 ▸ 选中要素另存为），再传入该图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameter_words.py" line="10" />
        <source>“{parameter}” ({name})</source>
        <translation>“{parameter}”（{name}）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameter_words.py" line="15" />
        <source>{parameter}: {said}</source>
        <translation>{parameter}：{said}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_fields.py" line="60" />
        <source>the sites have no field {field}. Their fields are: {fields}.</source>
        <translation>选址图层没有字段 {field}。其字段为：{fields}。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="51" />
        <source>{id} ({fids})</source>
        <translation>{id}（{fids}）</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/layer_filter.py" line="46" />
        <source>The filter {where} of constraint layer {layer} ({source}) matches none of its features, so where a site lies to such zones is unknown and the rules that need it report 'needs information': check that the values it compares are written as the layer holds them (such as 一级 or I), and that the right layer is bound.</source>
        <translation>约束图层 {layer}（{source}）的过滤条件 {where} 与该图层的任何要素均不匹配，因此无法确定选址与此类管控区域的位置关系，需要该图层的条款将报告“需补充信息”。请核对该条件比较的取值是否与图层中的写法一致（如“一级”或“I”），并确认绑定的图层无误。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="356" />
        <source>the filter of {layer} matches none of the bound layer's features (see the data warnings), so the site's position to it is unknown</source>
        <translation>{layer} 的过滤条件与所绑定图层的任何要素均不匹配（见数据警告），无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="267" />
        <source>No feature passes the filter: position unknown</source>
        <translation>没有要素符合过滤条件：位置关系未知</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="17" />
        <source>{n} of {total} units</source>
        <translation>{total} 个单元中的 {n} 个</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="19" />
        <source>1 unit</source>
        <translation>1 个单元</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="20" />
        <source>{n} units</source>
        <translation>{n} 个单元</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="28" />
        <source>The siting screen was cancelled after {units}: the files it wrote hold those units only and are kept as written (QGIS loads no output of a cancelled run). Run the screen again to screen every unit.</source>
        <translation>选址筛查在筛查完 {units}后被取消：已写出的文件只含这些单元，按写出时的内容保留（QGIS 不加载被取消运行的输出）。如需筛查全部单元，请重新运行筛查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="32" />
        <source>The siting screen stopped after {units}, before its end: the files it wrote hold those units only and are kept as written (QGIS loads no output of a failed run). Run the screen again once the error that stopped it is put right.</source>
        <translation>选址筛查在筛查完 {units}后、全部完成之前中止：已写出的文件只含这些单元，按写出时的内容保留（QGIS 不加载运行失败的输出）。请排除导致中止的错误后重新运行筛查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="57" />
        <source>{output}: kept as written before the run stopped (rows: {rows}).</source>
        <translation>{output}：已保留运行中止前写出的内容（{rows} 行）。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/partial_outputs.py" line="49" />
        <source>{output}: a temporary layer, not kept (rows: {rows}). To keep what a stopped run wrote, save its outputs to files.</source>
        <translation>{output}：临时图层，未予保留（{rows} 行）。如需保留中止的运行已写出的内容，请将输出保存为文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/misread_layers.py" line="42" />
        <source>Layer {layer} looks read in the wrong encoding: its text holds characters that could not be decoded (field {field} of feature {fid}: {value}). Set its data source encoding (Layer Properties ▸ Source) to the one its file was written in, such as GBK (Big5 for traditional Chinese), or, for a Shapefile, put a .cpg file of the same name beside it holding 936 (GBK) or 950 (Big5); then review again: until then, what it says cannot be relied on.</source>
        <translation>图层 {layer} 疑似未按其数据文件的实际编码读取：其文本含有无法解码的字符（要素 {fid} 的字段 {field}：{value}）。请在图层属性 ▸ 源 中将数据源编码设为文件的实际编码（如 GBK，繁体中文多为 Big5）；若为 Shapefile，也可在其旁放置同名 .cpg 文件，内容写为 936（GBK）或 950（Big5）。完成后重新审查；在此之前，该图层的内容不可采信。</translation>
    </message>
    <message>
        <location filename="../plugin/core/inputs/misread_layers.py" line="49" />
        <source>Layer {layer} looks read in the wrong encoding: its text looks written in {encoding} and read as Latin letters (field {field} of feature {fid}: {value}, which reads {text} in {encoding}). Set its data source encoding to {encoding} (Layer Properties ▸ Source) or, for a Shapefile, make its .cpg file (same name, beside it) hold {cpg}; then review again: until then, what it says cannot be relied on.</source>
        <translation>图层 {layer} 疑似未按其数据文件的实际编码读取：其文本疑为 {encoding} 编码，却被按拉丁字母读取（要素 {fid} 的字段 {field}：{value}，按 {encoding} 读取应为“{text}”）。请在图层属性 ▸ 源 中将数据源编码设为 {encoding}；若为 Shapefile，也可将其同名 .cpg 文件的内容改为 {cpg}。完成后重新审查；在此之前，该图层的内容不可采信。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="78" />
        <source>feature id {fid} (its row number in the file, which changes when the file is edited)</source>
        <translation>要素 ID {fid}（即其在文件中的行号，编辑文件后可能改变）</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="66" />
        <source>feature id {fid} (its row number in the file, which changes when the file is edited); {field}: not given</source>
        <translation>要素 ID {fid}（即其在文件中的行号，编辑文件后可能改变）；{field}：未提供</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document_origin.py" line="80" />
        <source>feature ids {fids} (joined into one site; their row numbers in the file, which change when the file is edited)</source>
        <translation>要素 ID {fids}（合并为一个选址地块；即其在文件中的行号，编辑文件后可能改变）</translation>
    </message>
    <message>
        <location filename="../plugin/processing/site_ids.py" line="117" />
        <source>Layer {layer}: no site id field is given or found, so each site is named by its feature id, which in this file is its row number: the numbers change when rows are deleted and the file is saved again, so the site ids in FINDINGS, SUMMARY, the notes and their file names may later name another site (in a re-review or a judgements table). Choose the site id field (a field giving each site its own id), or add such a field to the layer, then run again.</source>
        <translation>图层 {layer}：未指定也未识别到选址编号字段，各选址以其要素 ID 命名，而该文件的要素 ID 即其行号：删除行并重新保存文件后行号会改变，FINDINGS、SUMMARY、审查意见及其文件名中的选址编号日后可能指向另一选址（如在复核或判定表中）。请指定选址编号字段（每个选址取值唯一的字段），或为该图层添加此类字段，然后重新运行。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/no_zones.py" line="26" />
        <source>Constraint layer {layer} ({source}) has no features, so where a site lies to it is unknown and the rules that need it report 'needs information': check that the right layer or file is bound.</source>
        <translation>约束图层 {layer}（{source}）中没有任何要素，因此无法确定选址与其的位置关系，需要该图层的条款将报告“需补充信息”。请确认绑定的图层或文件无误。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/no_zones.py" line="28" />
        <source>Constraint layer {layer} ({source}) has no feature with a usable geometry, so where a site lies to it is unknown and the rules that need it report 'needs information': draw the features' geometries in the layer, or check that the right layer or file is bound.</source>
        <translation>约束图层 {layer}（{source}）没有几何图形可用的要素，因此无法确定选址与其的位置关系，需要该图层的条款将报告“需补充信息”。请在该图层中补绘要素的几何图形，或确认绑定的图层或文件无误。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/no_zones.py" line="31" />
        <source>None of the features the filter {where} of constraint layer {layer} ({source}) passes has a usable geometry, so where a site lies to such zones is unknown and the rules that need it report 'needs information': draw their geometries in the layer, or check the filter and that the right layer or file is bound.</source>
        <translation>约束图层 {layer}（{source}）中符合过滤条件 {where} 的要素均没有可用的几何图形，因此无法确定选址与此类管控区域的位置关系，需要该图层的条款将报告“需补充信息”。请在该图层中补绘这些要素的几何图形，或核对该过滤条件并确认绑定的图层或文件无误。</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="269" />
        <source>No feature with a usable geometry: position unknown</source>
        <translation>没有几何图形可用的要素：位置关系未知</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unusable.py" line="43" />
        <source>Constraint layer {layer} ({source}): feature {fids} has a geometry of which nothing usable is left once repaired, so it was left out: redraw its geometry in the layer, or delete the feature if it is no zone.</source>
        <translation>约束图层 {layer}（{source}）：要素 {fids} 虽有几何图形，但修复后已无可用部分，已排除在外。请在该图层中重新绘制其几何图形；如该要素并非管控区域，请将其删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unusable.py" line="45" />
        <source>Constraint layer {layer} ({source}): {count} features have geometries of which nothing usable is left once repaired ({fids}), so they were left out: redraw their geometries in the layer, or delete those that are no zones.</source>
        <translation>约束图层 {layer}（{source}）：{count} 个要素虽有几何图形，但修复后已无可用部分（{fids}），已排除在外。请在该图层中重新绘制其几何图形；其中并非管控区域的要素请删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/site_review.py" line="66" />
        <source>A control unit whose extent meets the site could not be overlaid (see the data warnings): which units the site lies in, and so which clauses apply, is uncertain.</source>
        <translation>有一个范围与选址相接的管控单元无法参与叠加分析（见数据警告）：选址位于哪些单元、因而适用哪些条款，尚不确定。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/conditions.py" line="366" />
        <source>a feature of the layer bound to {layer} whose extent meets the site has a geometry of which nothing usable is left once repaired (see the data warnings), so the site's position to it is unknown</source>
        <translation>{layer} 所绑定的图层中有一个范围与选址相接的要素，其几何图形修复后已无可用部分（见数据警告），无法确定选址与其的位置关系</translation>
    </message>
    <message>
        <location filename="../plugin/notes/document.py" line="275" />
        <source>A feature near the site has no usable geometry: position unknown</source>
        <translation>选址附近有要素无可用几何图形：位置未知</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unusable.py" line="37" />
        <source>Feature {fids} of {layer} has no geometry and was skipped: draw its geometry in the layer, or delete the feature if it stands for nothing on the map.</source>
        <translation>{layer} 中的要素 {fids} 没有几何图形，已跳过。请在该图层中绘制其几何图形；如该要素在地图上并无对应范围，请将其删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/unusable.py" line="39" />
        <source>{count} features of {layer} have no geometry and were skipped ({fids}): draw their geometries in the layer, or delete those that stand for nothing on the map.</source>
        <translation>{layer} 中有 {count} 个要素没有几何图形，已跳过（{fids}）。请在该图层中绘制其几何图形；在地图上并无对应范围的要素请删除。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="53" />
        <source>Unit {code} (feature {fid}) of {layer} has an invalid geometry ({detail}) and nothing polygonal is left, so it was skipped: redraw the unit's geometry in the layer.</source>
        <translation>{layer} 的单元 {code}（要素 {fid}）几何图形无效（{detail}），修复后已无面状部分，因此已跳过。请在该图层中重新绘制该单元的几何图形。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="55" />
        <source>Unit {code} (feature {fid}) of {layer} is not a polygon ({detail}), so it was skipped: bind a layer of the units' polygons, or redraw the unit as a polygon.</source>
        <translation>{layer} 的单元 {code}（要素 {fid}）不是多边形（{detail}），因此已跳过。请绑定管控单元的面图层，或将该单元重新绘制为多边形。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="60" />
        <source>The overlap of the site with feature {fid} of {layer} could not be computed ({detail}): check the feature's geometry in the layer (Check Validity, Fix Geometries) and review again.</source>
        <translation>无法计算选址与 {layer} 的要素 {fid} 的重叠部分（{detail}）。请在该图层中检查该要素的几何图形（检查有效性、修复几何图形）后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="115" />
        <source>The site geometry is not a polygon ({detail}), so there is nothing to review: draw or import the site as a polygon.</source>
        <translation>选址几何图形不是多边形（{detail}），无可审查内容。请以多边形绘制或导入选址。</translation>
    </message>
    <message>
        <location filename="../plugin/core/overlay/reasons.py" line="120" />
        <source>The site geometry is invalid ({detail}) and nothing polygonal is left: redraw the site, or check its vertices.</source>
        <translation>选址几何图形无效（{detail}），修复后已无面状部分。请重新绘制选址，或检查其顶点。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="23" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="23" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="23" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="24" />
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="24" />
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/standard_buttons.py" line="24" />
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="232" />
        <source>The review stopped on an error after reviewing 1 site, before its end. Each output keeps what was written to it before the error, named below with its rows (QGIS loads no output of a failed run). Review again once the error is put right.</source>
        <translation>审查在审完 1 个选址后因错误中止，未全部完成。各输出保留出错前已写入的内容，下面逐一列出及其行数（QGIS 不加载运行失败的输出）。请排除错误后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/review_run.py" line="236" />
        <source>The review stopped on an error after reviewing {n} sites, before its end. Each output keeps what was written to it before the error, named below with its rows (QGIS loads no output of a failed run). Review again once the error is put right.</source>
        <translation>审查在审完 {n} 个选址后因错误中止，未全部完成。各输出保留出错前已写入的内容，下面逐一列出及其行数（QGIS 不加载运行失败的输出）。请排除错误后重新审查。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_writer.py" line="156" />
        <source>{output}: rows could not be written because the disk is full ({error}). The run was stopped. Free space on that disk, or choose a folder on another disk.</source>
        <translation>{output}：磁盘已满，数据行未能写入（{error}）。运行已停止。请在该磁盘上腾出空间，或选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="114" />
        <source>{output}: the GeoPackage cannot be read back after writing, so it is incomplete: its rows could not be committed, most often because the disk is full. The run failed; free space on that disk, or choose a folder on another disk.</source>
        <translation>{output}：写出后无法读回该 GeoPackage，文件不完整：其数据行未能提交，最常见的原因是磁盘已满。运行失败；请在该磁盘上腾出空间，或选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/sink_checks.py" line="117" />
        <source>{output}: the GeoPackage holds {found} of the {given} rows written to it, so it is incomplete: its rows could not be committed, most often because the disk is full. The run failed; free space on that disk, or choose a folder on another disk.</source>
        <translation>{output}：该 GeoPackage 只含写入的 {given} 行中的 {found} 行，文件不完整：其数据行未能提交，最常见的原因是磁盘已满。运行失败；请在该磁盘上腾出空间，或选择其他磁盘上的文件夹。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/layer_fields.py" line="28" />
        <source>Layer {layer} gives a label to the field {field}, which the bound layer {bound} does not have (its fields: {fields}); correct the field's name under fields: or bind a layer that has it.</source>
        <translation>图层 {layer} 为字段 {field} 设置了显示名称，但所绑定图层 {bound} 没有该字段（该图层的字段：{fields}）；请在 fields: 下改正字段名，或绑定含有该字段的图层。</translation>
    </message>
    <message>
        <location filename="../plugin/processing/validate_rules.py" line="101" />
        <source>Optional: the layers the rules name; a declared layer missing here is reported, and so is a rule's filter naming a field its layer lacks or a field label (fields:) of a field it lacks.</source>
        <translation>可选：条款引用的图层；此处缺少的已声明图层将被报告，条款的过滤条件用到该图层没有的字段，或为该图层没有的字段设置了显示名称（fields:）时也会报告。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/layer_words.py" line="51" />
        <source>The layer needs a Chinese name.</source>
        <translation>图层须有中文名称。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/layer_words.py" line="58" />
        <source>A labelled row has no field name.</source>
        <translation>有一行填写了显示名称，但未填写字段名。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/layer_words.py" line="60" />
        <source>The field {field} is labelled twice.</source>
        <translation>字段 {field} 的显示名称填写了两次。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/layer_words.py" line="62" />
        <source>The field {field} needs a Chinese label.</source>
        <translation>字段 {field} 须有中文显示名称。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="105" />
        <source>Layer names…</source>
        <translation>图层名称…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="34" />
        <source>Layer names</source>
        <translation>图层名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="51" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="51" />
        <source>Chinese label</source>
        <translation>中文显示名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="51" />
        <source>English label</source>
        <translation>英文显示名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="54" />
        <source>Add a field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="79" />
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="80" />
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="81" />
        <source>The words the reasons and the notes name the layer and its filters' fields by.</source>
        <translation>审查理由和审查意见中称呼该图层及其过滤条件所用字段的名称。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="154" />
        <source>The rule set declares no layer yet: pick a project layer in a condition.</source>
        <translation>规则集尚未声明任何图层：请先在条件中选取项目图层。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="171" />
        <source>Changed the names of {layers}</source>
        <translation>修改了{layers}的名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="176" />
        <source>Layer names changed; save the rule set to keep them.</source>
        <translation>图层名称已修改；保存规则集后才会写入文件。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_words.py" line="47" />
        <source>The attribute's name must start with a letter and hold only letters, digits and _ (such as investment_wan).</source>
        <translation>属性名须以字母开头，只含字母、数字和 _（如 investment_wan）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_words.py" line="50" />
        <source>An attribute named {name} is declared already.</source>
        <translation>已声明名为 {name} 的属性。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_words.py" line="52" />
        <source>The attribute needs a Chinese label.</source>
        <translation>属性须有中文名称。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="31" />
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="31" />
        <source>Yes or no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="31" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="41" />
        <source>Attributes</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="52" />
        <source>New attribute…</source>
        <translation>新属性…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Name (letters, digits, _)</source>
        <translation>属性名（字母、数字、_）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Label in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Label in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Unit in Chinese</source>
        <translation>单位的中文写法</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="142" />
        <source>A number's value is asked for and compared in its unit (such as 万元): a new attribute's name, type and unit cannot be changed here once declared.</source>
        <translation>数值属性按其单位（如 万元）填写和比较：新属性一经声明，其属性名、类型和单位不能在此修改。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="265" />
        <source>Changed the attributes {attributes}</source>
        <translation>修改了属性{attributes}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="271" />
        <source>Attributes changed; save the rule set to keep them.</source>
        <translation>项目属性已修改；保存规则集后才会写入文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/dialog.py" line="106" />
        <source>Attributes…</source>
        <translation>项目属性…</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_values.py" line="53" />
        <source>A value has no id: give it one of letters, digits and _ (such as water_based).</source>
        <translation>有取值缺少标识：请用字母、数字和 _ 给出标识（如 water_based）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_values.py" line="55" />
        <source>The value id {id} must start with a letter and hold only letters, digits and _ (such as water_based).</source>
        <translation>取值标识 {id} 须以字母开头，且只含字母、数字和 _（如 water_based）。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_values.py" line="58" />
        <source>The value {id} is given twice.</source>
        <translation>取值 {id} 重复给出。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_values.py" line="60" />
        <source>The value {id} needs a Chinese label.</source>
        <translation>取值 {id} 须有中文显示名称。</translation>
    </message>
    <message>
        <location filename="../plugin/core/rules/attribute_values.py" line="66" />
        <source>The spelling {spelling} names two values: {first} and {second}.</source>
        <translation>写法 {spelling} 同时对应两个取值：{first} 和 {second}。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="76" />
        <source>Value id</source>
        <translation>取值标识</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="76" />
        <source>Other spellings (separated by ;)</source>
        <translation>其他写法（以 ; 分隔）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="83" />
        <source>Add a value</source>
        <translation>添加取值</translation>
    </message>
    <message>
        <location filename="../plugin/gui/attribute_rows.py" line="91" />
        <source>The rule set's values: {values}</source>
        <translation>规则集的取值：{values}</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="181" />
        <source>Text of the unit layer</source>
        <translation>单元图层的文字</translation>
    </message>
    <message>
        <location filename="../plugin/core/review/labels.py" line="181" />
        <source>Access lists covering the unit</source>
        <translation>适用于该单元的准入清单</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/condition_picker.py" line="192" />
        <source>Its values: {values}</source>
        <translation>取值：{values}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="136" />
        <source>Other spellings of the unit (separated by ;)</source>
        <translation>单位的其他写法（以 ; 分隔）</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="87" />
        <source>Remove the value</source>
        <translation>删除取值</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="145" />
        <source>A text's values: a project's value is recognised by its id, its labels or its other spellings; one the list lacks needs information. A value's id cannot be changed once declared: the rules name it. A value no rule names can be removed.</source>
        <translation>文本属性的取值：项目的取值按标识、显示名称或其他写法识别；列表中没有的取值需补充信息。取值标识一经声明不可更改：条款以它指称取值。没有条款引用的取值可以删除。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="87" />
        <source>Whether a rule names the value {id} cannot be told while the rule set does not follow its schema: mend the file first.</source>
        <translation>规则集不符合其模式，无法判断是否有条款引用取值 {id}：请先修正文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/words_edits.py" line="71" />
        <source>a part of the rule set outside its rules</source>
        <translation>规则集中条款以外的部分</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="87" />
        <source>The value {id} cannot be removed: the rules {rules} name it. Change them first.</source>
        <translation>不能删除取值 {id}：条款 {rules} 引用了它。请先修改这些条款。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="53" />
        <source>Remove the attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="53" />
        <source>Whether a rule reads the attribute {name} cannot be told while the rule set does not follow its schema: mend the file first.</source>
        <translation>规则集不符合其模式，无法判断是否有条款读取属性“{name}”：请先修正文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="53" />
        <source>The attribute {name} cannot be removed: the rules {rules} read it. Change them first.</source>
        <translation>不能删除属性“{name}”：条款 {rules} 读取了该属性。请先修改这些条款。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="267" />
        <source>Removed the attributes {attributes}</source>
        <translation>删除了属性{attributes}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/attribute_names.py" line="268" />
        <source>Changed the attributes {attributes} and removed {removed}</source>
        <translation>修改了属性{attributes}，删除了{removed}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="58" />
        <source>Remove the layer</source>
        <translation>删除图层</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="58" />
        <source>Whether a rule uses the layer {name} cannot be told while the rule set does not follow its schema: mend the file first.</source>
        <translation>规则集不符合其模式，无法判断是否有条款使用图层“{name}”：请先修正文件。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="58" />
        <source>The layer {name} cannot be removed: the rules {rules} use it. Change them first.</source>
        <translation>不能删除图层“{name}”：条款 {rules} 使用了该图层。请先修改这些条款。</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="173" />
        <source>Removed the layers {layers}</source>
        <translation>删除了图层{layers}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/rule_editor/layer_names.py" line="174" />
        <source>Changed the names of {layers} and removed {removed}</source>
        <translation>修改了{layers}的名称，删除了{removed}</translation>
    </message>
</context>
</TS>
